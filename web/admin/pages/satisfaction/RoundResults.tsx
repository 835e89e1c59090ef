import { Button, Empty, Space, Table, Tag } from 'antd';
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ListResult } from '../../../common/api';
import { RatingTag } from './RatingTag';
import { evaluatorKinds, roundsKey, type Result, type RoundDetail } from './satisfactionTypes';

const points = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(2));

/** A closed round's ranking (ties share a rank), its workbook and its result paper. */
export function RoundResults({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const path = `${roundsKey}/${round.id}/results`;
  const query = useQuery({ queryKey: [path, round.state], queryFn: () => api.get<ListResult<Result>>(`${path}?pageSize=500`), enabled: round.state === 'closed' });
  if (round.state !== 'closed') return <Empty description={t('satisfaction.noResults')} />;
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} href={`${path}?format=xlsx`}>{t('satisfaction.exportExcel')}</Button>
        <Button icon={<FilePdfOutlined />} href={`${roundsKey}/${round.id}/results.pdf`} target="_blank">{t('satisfaction.pdf')}</Button>
      </Space>
      <Table<Result>
        rowKey="organizationId"
        data-testid="results-table"
        loading={query.isLoading}
        dataSource={query.data?.items ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: t('satisfaction.rank'), dataIndex: 'rank', width: 70 },
          { title: t('satisfaction.organization'), dataIndex: 'organizationName', render: (name: string, r) => <>{name}{r.exitReview && <Tag color="red" style={{ marginLeft: 8 }}>{t('satisfaction.exitReviewTag')}</Tag>}</> },
          ...evaluatorKinds.map((k) => ({ title: t(`satisfaction.kinds.${k}`), width: 110, render: (_: unknown, r: Result) => points(r.byKind[k]) })),
          { title: t('satisfaction.score'), dataIndex: 'score', width: 100, render: (s: number) => <strong>{points(s)}</strong> },
          { title: t('satisfaction.rating'), dataIndex: 'rating', width: 110, render: (r: Result['rating']) => <RatingTag rating={r} /> },
          { title: t('satisfaction.evaluatorCount'), dataIndex: 'evaluatorCount', width: 90 },
        ]}
      />
    </>
  );
}
