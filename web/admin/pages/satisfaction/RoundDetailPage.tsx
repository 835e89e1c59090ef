import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import { AddEvaluatorsModal } from './AddEvaluatorsModal';
import { EvaluatorLinksModal } from './EvaluatorLinksModal';
import { RoundResults } from './RoundResults';
import { roundsKey, type Evaluator, type IssuedLink, type RoundDetail } from './satisfactionTypes';

/** One round: what it evaluates, its evaluators and their links, closing it, and its ranked results. */
export default function RoundDetailPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { can } = useSession();
  const showProblem = useProblem();
  const [adding, setAdding] = useState(false);
  const [links, setLinks] = useState<IssuedLink[] | null>(null);
  const query = useQuery({ queryKey: [roundsKey, id], queryFn: () => api.get<RoundDetail>(`${roundsKey}/${id}`) });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/satisfaction')} aria-label={t('satisfaction.back')} />;
  if (query.error) {
    return <Card title={back}><Alert type="error" showIcon message={query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)} /></Card>;
  }
  const round = query.data;
  const runs = Boolean(round?.mine && round.state === 'open' && can('satisfaction.manage'));

  const close = async () => {
    try {
      const closed = await api.post<{ results: number }>(`${roundsKey}/${id}/close`);
      message.success(t('satisfaction.closedMessage', { results: closed.results }));
      await query.refetch();
    } catch (error) {
      showProblem(error);
    }
  };
  const reissue = async (evaluator: Evaluator) => {
    try {
      setLinks([await api.post<IssuedLink>(`${roundsKey}/${id}/evaluators/${evaluator.id}/link`)]);
    } catch (error) {
      showProblem(error);
    }
  };

  return (
    <Card
      loading={query.isLoading}
      title={round && (
        <Space wrap>
          {back}
          <span data-testid="round-title">{round.title}</span>
          <Tag color={round.state === 'open' ? 'blue' : 'default'} data-testid="round-state">{t(`satisfaction.states.${round.state}`)}</Tag>
        </Space>
      )}
      extra={runs && (
        <Space wrap>
          <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="add-evaluators">{t('satisfaction.addEvaluators')}</Button>
          <Popconfirm title={t('satisfaction.close')} description={t('satisfaction.closeConfirm')} onConfirm={close} okText={t('satisfaction.close')} cancelText={t('common.cancel')}>
            <Button type="primary" danger icon={<CheckCircleOutlined />} data-testid="close-round">{t('satisfaction.close')}</Button>
          </Popconfirm>
        </Space>
      )}
    >
      {round && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('satisfaction.place')}>{round.placeName}</Descriptions.Item>
            <Descriptions.Item label={t('satisfaction.dates')}>{round.opensOn} ~ {round.closesOn}</Descriptions.Item>
            <Descriptions.Item label={t('satisfaction.scale')}>{t(`satisfaction.scales.${round.scale}`)}</Descriptions.Item>
            <Descriptions.Item label={t('satisfaction.items')}>{round.items.map((i) => i.label).join('、')}</Descriptions.Item>
            <Descriptions.Item label={t('satisfaction.weights')} span={2}>{t('satisfaction.weightsHelp', round.weights)}</Descriptions.Item>
            <Descriptions.Item label={t('satisfaction.organizations')} span={2}>{round.organizations.map((o) => o.name).join('、')}</Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Title level={5}>
              {t('satisfaction.evaluators')} <Typography.Text type="secondary">{t('satisfaction.progress', { submitted: round.submittedCount, total: round.evaluatorCount })}</Typography.Text>
            </Typography.Title>
            <Table<Evaluator>
              rowKey="id" size="small" pagination={false} dataSource={round.evaluators} data-testid="evaluators-table"
              columns={[
                { title: t('satisfaction.kind'), dataIndex: 'kind', width: 140, render: (k: Evaluator['kind']) => t(`satisfaction.kinds.${k}`) },
                { title: t('satisfaction.name'), dataIndex: 'name', width: 120 },
                { title: t('satisfaction.affiliation'), dataIndex: 'affiliation' },
                {
                  title: t('satisfaction.submitted'), dataIndex: 'submittedAt', width: 190,
                  render: (at: string | null) => (at ? <Tag color="green">{formatTime(at, i18n.language)}</Tag> : <Tag>{t('satisfaction.notSubmitted')}</Tag>),
                },
                ...(runs ? [{
                  title: t('common.actions'), width: 140,
                  render: (_: unknown, e: Evaluator) => !e.submittedAt && (
                    <Popconfirm title={t('satisfaction.reissue')} description={t('satisfaction.reissueConfirm', { name: e.name })} onConfirm={() => reissue(e)}>
                      <Button size="small">{t('satisfaction.reissue')}</Button>
                    </Popconfirm>
                  ),
                }] : []),
              ]}
            />
          </div>
          <div>
            <Typography.Title level={5}>{t('satisfaction.results')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('satisfaction.usedFor')}</Typography.Paragraph>
            <RoundResults round={round} />
          </div>
        </Space>
      )}
      {adding && (
        <AddEvaluatorsModal
          roundId={id} onClose={() => setAdding(false)}
          onAdded={async (issued) => { setAdding(false); setLinks(issued); await query.refetch(); }}
        />
      )}
      {links && <EvaluatorLinksModal links={links} onClose={() => setLinks(null)} />}
    </Card>
  );
}
