import { Alert, Button, Card, Descriptions, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import { CheckActions } from './CheckActions';
import { useCheckColumns } from './CheckColumns';
import { drawsKey, type DrawDetail } from './spotCheckTypes';

/** One draw: how it was drawn (seed, share, population, pool), whether it reproduces, and its checks. */
export default function DrawDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const columns = useCheckColumns();
  const query = useQuery({ queryKey: [drawsKey, id], queryFn: () => api.get<DrawDetail>(`/api/spot-check-draws/${id}`) });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/spot-checks')} aria-label={t('spotChecks.back')} />;
  if (query.error) {
    return <Card title={back}><Alert type="error" showIcon message={query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)} /></Card>;
  }
  const draw = query.data;
  return (
    <Card loading={query.isLoading} title={<>{back} {draw?.title}</>}>
      {draw && (
        <>
          <Descriptions size="small" bordered column={3} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('spotChecks.year')}>{draw.year}</Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.share')}>{draw.sharePercent}</Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.drawnAt')}>{formatTime(draw.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.population')}>{draw.populationCount}</Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.drawn')}>{draw.drawnCount}</Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.completed')}>{draw.completedCount}</Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.pool')}>{draw.poolSize}</Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.inspectorsPerCheck')}>{draw.inspectorsPerCheck}</Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.seed')}><Typography.Text code copyable data-testid="draw-seed">{draw.seed}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.populationHash')} span={3}><Typography.Text code>{draw.populationHash}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.verification')} span={3}>
              <Tag color={draw.verification.reproduces ? 'green' : 'red'} data-testid="draw-verification">
                {t(draw.verification.reproduces ? 'spotChecks.reproduces' : 'spotChecks.notReproduces')}
              </Tag>
              <Typography.Text type="secondary">{t('spotChecks.verificationHint')}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Table rowKey="id" dataSource={draw.checks} pagination={false} data-testid="draw-checks" scroll={{ x: 1000 }}
            columns={[...columns, { title: '', width: 190, render: (_, c) => <CheckActions check={c} onChanged={() => query.refetch()} /> }]} />
        </>
      )}
    </Card>
  );
}
