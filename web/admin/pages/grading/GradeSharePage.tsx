import { Button, Card, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';

type ShareRow = { code: string; name: string; active: number; high: number; sharePercent: number; meetsTarget: boolean };
type Share = { jurisdictionCode: string; targetSharePercent: number; items: ShareRow[]; total: Omit<ShareRow, 'code' | 'name'> };

/** 3A 以上等级占比: for each area below the bureau's, the share of active organizations holding 3A or above today. */
export default function GradeSharePage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['grade-share'], queryFn: () => api.get<Share>('/api/grade-evaluations/share') });
  const data = query.data;
  const rows = data ? [...data.items, { code: 'total', name: t('grading.share.total'), ...data.total }] : [];
  return (
    <Card title={t('grading.share.title')} extra={<Button href="/api/grade-evaluations/share?format=xlsx">{t('common.export')}</Button>}>
      {data && <p>{t('grading.share.target', { percent: data.targetSharePercent })}</p>}
      <Table<ShareRow> rowKey="code" size="small" pagination={false} loading={query.isFetching} dataSource={rows} data-testid="grade-share-table" columns={[
        { title: t('grading.share.jurisdiction'), dataIndex: 'name' },
        { title: t('grading.share.active'), dataIndex: 'active', width: 140 },
        { title: t('grading.share.high'), dataIndex: 'high', width: 120 },
        { title: t('grading.share.sharePercent'), dataIndex: 'sharePercent', width: 100, render: (p: number) => `${p}%` },
        { title: '', width: 100, render: (_, r) => (r.active ? <Tag color={r.meetsTarget ? 'green' : 'red'}>{t(r.meetsTarget ? 'grading.share.meets' : 'grading.share.below')}</Tag> : null) },
      ]} />
    </Card>
  );
}
