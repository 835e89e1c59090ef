import { Descriptions, Empty, Spin, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { formatDate } from '../../../common/format';
import { RatingTag } from './RatingTag';
import { evaluatorKinds, type EvaluatorKind, type Rating } from './satisfactionTypes';

type Entry = {
  roundId: string; roundTitle: string; closedAt: string; score: number; rank: number; rankedCount: number; rating: Rating;
  byKind: Partial<Record<EvaluatorKind, number>>; evaluatorCount: number; exitReview: boolean;
};

/** The organization page's satisfaction tab: the latest result and every earlier one. */
export function OrganizationSatisfaction({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['organization-satisfaction', organizationId],
    queryFn: () => api.get<{ latest: Entry | null; items: Entry[] }>(`/api/organizations/${organizationId}/satisfaction`),
  });
  if (query.isLoading) return <Spin />;
  const latest = query.data?.latest;
  if (!latest) return <Empty description={t('satisfaction.orgNone')} />;
  return (
    <div data-testid="organization-satisfaction">
      <Typography.Title level={5}>{t('satisfaction.orgLatest')}</Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('satisfaction.round')} span={3}>{latest.roundTitle}（{formatDate(latest.closedAt)}）</Descriptions.Item>
        <Descriptions.Item label={t('satisfaction.score')}><strong>{latest.score.toFixed(2)}</strong></Descriptions.Item>
        <Descriptions.Item label={t('satisfaction.rank')}>{t('satisfaction.rankOf', { rank: latest.rank, count: latest.rankedCount })}</Descriptions.Item>
        <Descriptions.Item label={t('satisfaction.rating')}>
          <RatingTag rating={latest.rating} />{latest.exitReview && <Tag color="red">{t('satisfaction.exitReviewTag')}</Tag>}
        </Descriptions.Item>
        {evaluatorKinds.map((k) => (
          <Descriptions.Item key={k} label={t(`satisfaction.kinds.${k}`)}>{latest.byKind[k]?.toFixed(2) ?? '—'}</Descriptions.Item>
        ))}
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('satisfaction.usedFor')}</Typography.Paragraph>
      <Typography.Title level={5}>{t('satisfaction.orgHistory')}</Typography.Title>
      <Table<Entry>
        rowKey="roundId" size="small" pagination={false} dataSource={query.data?.items}
        columns={[
          { title: t('satisfaction.round'), dataIndex: 'roundTitle' },
          { title: t('satisfaction.closedAt'), dataIndex: 'closedAt', width: 120, render: (d: string) => formatDate(d) },
          { title: t('satisfaction.score'), dataIndex: 'score', width: 100, render: (s: number) => s.toFixed(2) },
          { title: t('satisfaction.rank'), width: 140, render: (_, e) => t('satisfaction.rankOf', { rank: e.rank, count: e.rankedCount }) },
          { title: t('satisfaction.rating'), dataIndex: 'rating', width: 110, render: (r: Rating) => <RatingTag rating={r} /> },
        ]}
      />
    </div>
  );
}
