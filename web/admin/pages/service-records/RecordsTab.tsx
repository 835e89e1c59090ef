import { useState } from 'react';
import { Button, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { useServiceTypes } from './useServiceTypes';
import { toListFilters } from './periodFilters';
import { ReversalModal } from './ReversalModal';
import { RecordCreditModal } from './RecordCreditModal';
import { IssueCertificateButton } from './IssueCertificateButton';
import type { ServiceRecord } from './serviceRecordTypes';

function KindTag({ record }: { record: ServiceRecord }) {
  const { t } = useTranslation();
  if (record.kind === 'reversal') return <Tag color="red">{t('serviceRecords.kinds.reversal')}</Tag>;
  return record.reversalId ? <Tag>{t('serviceRecords.kinds.reversed')}</Tag> : <Tag color="green">{t('serviceRecords.kinds.service')}</Tag>;
}

/** The records served in the user's subtree, with 冲正, 开具证明 and 记录投诉或表扬 on each. */
export function RecordsTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const serviceTypes = useServiceTypes();
  const list = usePagedList<ServiceRecord>('/api/service-records');
  const [reversing, setReversing] = useState<ServiceRecord | null>(null);
  const [crediting, setCrediting] = useState<ServiceRecord | null>(null);
  return (
    <>
      <Form layout="inline" onFinish={(values) => list.applyFilters(toListFilters(values))} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('serviceRecords.fields.place')} style={{ width: 200 }} /></Form.Item>
        <Form.Item name="period"><DatePicker.RangePicker placeholder={[t('common.from'), t('common.to')]} /></Form.Item>
        <Form.Item name="serviceType">
          <Select allowClear style={{ width: 140 }} placeholder={t('serviceRecords.fields.serviceType')} options={serviceTypes.options} />
        </Form.Item>
        <Form.Item name="kind">
          <Select allowClear style={{ width: 110 }} placeholder={t('serviceRecords.fields.kind')}
            options={(['service', 'reversal'] as const).map((k) => ({ value: k, label: t(`serviceRecords.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('serviceRecords.fields.keyword')} style={{ width: 180 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<ServiceRecord>
        rowKey="id"
        data-testid="service-records-table"
        {...list.tableProps}
        scroll={{ x: 1200 }}
        columns={[
          { title: t('serviceRecords.fields.serviceDate'), dataIndex: 'serviceDate', width: 110 },
          { title: t('serviceRecords.fields.volunteer'), dataIndex: 'volunteerName', width: 100 },
          { title: t('serviceRecords.fields.activity'), dataIndex: 'activityTitle', ellipsis: true },
          { title: t('serviceRecords.fields.serviceType'), dataIndex: 'serviceType', width: 100, render: (code: string) => serviceTypes.label(code) },
          { title: t('serviceRecords.fields.place'), dataIndex: 'placeName', width: 170 },
          { title: t('serviceRecords.fields.unit'), width: 170, render: (_, r) => [r.stationName, r.teamName, r.organizationName].filter(Boolean).join(' · ') },
          { title: t('serviceRecords.fields.hours'), dataIndex: 'hours', width: 100, align: 'right' },
          { title: t('serviceRecords.fields.kind'), width: 90, render: (_, r) => <KindTag record={r} /> },
          { title: t('serviceRecords.fields.reason'), dataIndex: 'reason', ellipsis: true },
          {
            title: t('serviceRecords.fields.actions'), width: 230, fixed: 'right',
            render: (_, r) => (
              <Space size={0}>
                {can('serviceRecord.correct') && r.kind === 'service' && !r.reversalId && (
                  <Button type="link" size="small" danger onClick={() => setReversing(r)}>{t('serviceRecords.reversal.action')}</Button>
                )}
                {can('serviceCertificate.issue') && <IssueCertificateButton volunteerId={r.volunteerId} />}
                {can('creditRecord.record') && r.kind === 'service' && (
                  <Button type="link" size="small" onClick={() => setCrediting(r)}>{t('serviceRecords.credit.record')}</Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {reversing && (
        <ReversalModal record={reversing} onClose={() => setReversing(null)} onSaved={async () => { setReversing(null); await list.query.refetch(); }} />
      )}
      {crediting && (
        <RecordCreditModal
          volunteer={{ id: crediting.volunteerId, label: crediting.volunteerName ?? '' }}
          activity={{ id: crediting.activityId, label: crediting.activityTitle ?? '' }}
          onClose={() => setCrediting(null)} onSaved={() => setCrediting(null)}
        />
      )}
    </>
  );
}
