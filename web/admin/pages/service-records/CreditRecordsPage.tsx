import { useState } from 'react';
import { Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../common/format';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { RecordCreditModal } from './RecordCreditModal';
import { DecideCreditModal } from './DecideCreditModal';
import {
  creditKindColors, creditKinds, creditStatusColors, creditStatuses, type CreditKind, type CreditRecord, type CreditStatus,
} from './serviceRecordTypes';

/** 诚信记载: no-shows, late cancellations, complaints and commendations of the volunteers living in the user's subtree, and their contests. */
export default function CreditRecordsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const list = usePagedList<CreditRecord>('/api/credit-records');
  const [recording, setRecording] = useState(false);
  const [deciding, setDeciding] = useState<CreditRecord | null>(null);
  const refresh = () => list.query.refetch();
  return (
    <Card
      title={t('serviceRecords.menu.credit')}
      extra={can('creditRecord.record') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>{t('serviceRecords.credit.record')}</Button>}
    >
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('serviceRecords.credit.place')} style={{ width: 200 }} /></Form.Item>
        <Form.Item name="kind">
          <Select allowClear style={{ width: 120 }} placeholder={t('serviceRecords.credit.kind')} options={creditKinds.map((k) => ({ value: k, label: t(`serviceRecords.credit.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="status">
          <Select allowClear style={{ width: 130 }} placeholder={t('serviceRecords.credit.status')} options={creditStatuses.map((s) => ({ value: s, label: t(`serviceRecords.credit.statuses.${s}`) }))} />
        </Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('serviceRecords.credit.volunteer')} style={{ width: 160 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<CreditRecord>
        rowKey="id"
        data-testid="credit-records-table"
        {...list.tableProps}
        scroll={{ x: 1200 }}
        columns={[
          { title: t('serviceRecords.credit.recordedAt'), dataIndex: 'createdAt', width: 110, render: (d: string) => formatDate(d) },
          { title: t('serviceRecords.credit.volunteer'), dataIndex: 'volunteerName', width: 100 },
          { title: t('serviceRecords.credit.place'), dataIndex: 'placeName', width: 170 },
          { title: t('serviceRecords.credit.kind'), dataIndex: 'kind', width: 100, render: (k: CreditKind) => <Tag color={creditKindColors[k]}>{t(`serviceRecords.credit.kinds.${k}`)}</Tag> },
          { title: t('serviceRecords.credit.activity'), dataIndex: 'activityTitle', ellipsis: true },
          { title: t('serviceRecords.credit.reason'), dataIndex: 'reason', ellipsis: true },
          { title: t('serviceRecords.credit.status'), dataIndex: 'status', width: 110, render: (s: CreditStatus) => <Tag color={creditStatusColors[s]}>{t(`serviceRecords.credit.statuses.${s}`)}</Tag> },
          { title: t('serviceRecords.credit.contestReason'), dataIndex: 'contestReason', ellipsis: true },
          { title: t('serviceRecords.credit.decisionNote'), dataIndex: 'decisionNote', ellipsis: true },
          {
            title: t('serviceRecords.fields.actions'), width: 110, fixed: 'right',
            render: (_, r) => can('creditRecord.decide') && r.status === 'contested' && (
              <Button type="link" size="small" onClick={() => setDeciding(r)}>{t('serviceRecords.credit.decide')}</Button>
            ),
          },
        ]}
      />
      {recording && <RecordCreditModal onClose={() => setRecording(false)} onSaved={async () => { setRecording(false); await refresh(); }} />}
      {deciding && <DecideCreditModal record={deciding} onClose={() => setDeciding(null)} onSaved={async () => { setDeciding(null); await refresh(); }} />}
    </Card>
  );
}
