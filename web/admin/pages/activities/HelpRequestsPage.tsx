import { useState } from 'react';
import { Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../common/format';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { useActivityVocabulary } from './activityTypes';
import { helpRequestStatuses, helpStatusColors, type HelpRequest, type HelpRequestStatus } from './helpRequestTypes';
import { NewHelpRequestModal } from './NewHelpRequestModal';
import { HelpRequestDrawer } from './HelpRequestDrawer';

/** 服务需求 (供需对接): residents' needs recorded by the committee, matched to activities or volunteers. */
export default function HelpRequestsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const vocabulary = useActivityVocabulary();
  const list = usePagedList<HelpRequest>('/api/help-requests');
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<HelpRequest | null>(null);
  const refresh = async () => {
    const { data } = await list.query.refetch();
    setOpen((current) => (current ? data?.items.find((r) => r.id === current.id) ?? null : null));
  };

  return (
    <Card
      title={t('activities.help.title')}
      extra={can('helpRequest.manage') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('activities.help.add')}</Button>}
    >
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('activities.help.place')} style={{ width: 220 }} /></Form.Item>
        <Form.Item name="serviceType"><Select allowClear style={{ width: 150 }} placeholder={t('activities.fields.serviceType')} options={vocabulary.serviceTypes} /></Form.Item>
        <Form.Item name="status">
          <Select allowClear style={{ width: 120 }} placeholder={t('activities.fields.status')}
            options={helpRequestStatuses.map((s) => ({ value: s, label: t(`activities.help.statuses.${s}`) }))} />
        </Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={`${t('activities.help.requester')} / ${t('activities.help.need')}`} style={{ width: 200 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
      </Form>
      <Table<HelpRequest>
        rowKey="id"
        data-testid="help-requests-table"
        {...list.tableProps}
        scroll={{ x: 1000 }}
        onRow={(r) => ({ onClick: () => setOpen(r), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('activities.help.requester'), dataIndex: 'requesterName', width: 110 },
          { title: t('activities.fields.serviceType'), dataIndex: 'serviceTypeLabel', width: 110 },
          { title: t('activities.help.need'), dataIndex: 'description', ellipsis: true },
          { title: t('activities.help.place'), render: (_, r) => [r.streetName, r.placeName].filter(Boolean).join(' ') },
          { title: t('activities.help.matchedTo'), render: (_, r) => r.matchedActivityTitle ?? r.matchedVolunteerName },
          { title: t('activities.fields.status'), dataIndex: 'status', width: 90, render: (s: HelpRequestStatus) => <Tag color={helpStatusColors[s]}>{t(`activities.help.statuses.${s}`)}</Tag> },
          { title: '', dataIndex: 'createdAt', width: 110, render: (d: string) => formatDate(d) },
        ]}
      />
      {adding && <NewHelpRequestModal onClose={() => setAdding(false)} onSaved={async (created) => { setAdding(false); await list.query.refetch(); setOpen(created); }} />}
      {open && <HelpRequestDrawer request={open} onClose={() => setOpen(null)} onChanged={refresh} />}
    </Card>
  );
}
