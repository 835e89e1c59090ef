import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../common/api';
import { formatTime } from '../../common/format';
import { usePagedList } from '../components/usePagedList';
import { useProblem } from '../components/useProblem';

type AuditRow = {
  id: number; districtCode: string; seq: number | null; at: string; actorUsername: string | null; actorRole: string | null; jurisdictionCode: string;
  action: string; targetType: string | null; targetId: string | null; outcome: 'success' | 'denied' | 'failed'; sourceAddress: string | null;
};
type Verification = { ok: boolean; checkedRows: number; districts: number; pending: number; firstBroken?: { districtCode: string; seq: number; reason: string } };

const outcomeColor = { success: 'green', denied: 'orange', failed: 'red' } as const;

/** Date range filter values as the API wants them (ISO instants). */
export function rangeFilter(range?: [Dayjs | null, Dayjs | null] | null) {
  return { from: range?.[0]?.startOf('day').toISOString(), to: range?.[1]?.endOf('day').toISOString() };
}

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const showProblem = useProblem();
  const list = usePagedList<AuditRow>('/api/audit-logs');
  const [verification, setVerification] = useState<Verification | null>(null);
  const [verifying, setVerifying] = useState(false);

  const verify = async () => {
    setVerifying(true);
    try {
      setVerification(await api.post<Verification>('/api/audit-logs/verify'));
    } catch (error) {
      showProblem(error);
    } finally {
      setVerifying(false);
    }
  };

  return (
    <Card title={t('menu.audit')} extra={<Button type="primary" data-testid="verify-chain" loading={verifying} onClick={verify}>{t('audit.verify')}</Button>}>
      {verification && (
        <Alert
          data-testid="chain-result"
          style={{ marginBottom: 16 }}
          showIcon
          type={verification.ok ? 'success' : 'error'}
          message={verification.ok
            ? t('audit.intact', { rows: verification.checkedRows, districts: verification.districts })
            : t('audit.broken', { district: verification.firstBroken?.districtCode, seq: verification.firstBroken?.seq, reason: verification.firstBroken?.reason })}
          description={verification.pending > 0 ? t('audit.pendingRows', { count: verification.pending }) : undefined}
        />
      )}
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }} onFinish={({ range, ...rest }) => list.applyFilters({ ...rest, ...rangeFilter(range) })}>
        <Form.Item name="q"><Input allowClear placeholder={t('audit.keyword')} /></Form.Item>
        <Form.Item name="outcome">
          <Select allowClear style={{ width: 120 }} placeholder={t('audit.outcome')}
            options={(['success', 'denied', 'failed'] as const).map((o) => ({ value: o, label: t(`audit.${o}`) }))} />
        </Form.Item>
        <Form.Item name="range"><DatePicker.RangePicker /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<AuditRow>
        data-testid="audit-table"
        rowKey={(r) => `${r.districtCode}-${r.id}`}
        size="small"
        scroll={{ x: 1000 }}
        {...list.tableProps}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v) => formatTime(v, i18n.language) },
          { title: t('audit.actor'), dataIndex: 'actorUsername' },
          { title: t('audit.role'), dataIndex: 'actorRole', render: (r) => (r ? t(`roles.${r}`, { defaultValue: r }) : '') },
          { title: t('audit.jurisdiction'), dataIndex: 'jurisdictionCode' },
          { title: t('audit.action'), dataIndex: 'action' },
          { title: t('audit.target'), render: (_, r) => [r.targetType, r.targetId].filter(Boolean).join(':'), ellipsis: true },
          { title: t('audit.outcome'), dataIndex: 'outcome', render: (o: AuditRow['outcome']) => <Tag color={outcomeColor[o]}>{t(`audit.${o}`)}</Tag> },
          { title: t('audit.source'), dataIndex: 'sourceAddress' },
          { title: t('audit.seq'), dataIndex: 'seq', render: (seq: AuditRow['seq']) => seq ?? <Tag>{t('audit.pendingSeal')}</Tag> },
        ]}
      />
    </Card>
  );
}
