import { useState } from 'react';
import { Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../common/format';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { candidateStatuses, statusColors, type Candidate, type CandidateStatus } from './candidateTypes';
import { AddCandidateModal } from './AddCandidateModal';
import { CandidateDrawer } from './CandidateDrawer';
import { KindTags } from './KindTags';

/** 拟登记台账: filed organizations the bureau guides towards registration or holds up as demonstration points. */
export default function RegistrationLedgerPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const list = usePagedList<Candidate>('/api/registration-candidates');
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);

  return (
    <Card
      title={t('menu.registrationLedger')}
      extra={can('registrationLedger.manage') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-candidate">{t('regLedger.add')}</Button>}
    >
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('regLedger.place')} style={{ width: 220 }} /></Form.Item>
        <Form.Item name="kind">
          <Select allowClear style={{ width: 140 }} placeholder={t('regLedger.kind')}
            options={[{ value: 'candidate', label: t('regLedger.candidate') }, { value: 'demonstration', label: t('regLedger.demonstration') }]} />
        </Form.Item>
        <Form.Item name="status">
          <Select allowClear style={{ width: 140 }} placeholder={t('regLedger.status')} options={candidateStatuses.map((s) => ({ value: s, label: t(`regLedger.statuses.${s}`) }))} />
        </Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('regLedger.keyword')} style={{ width: 200 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<Candidate>
        rowKey="id"
        data-testid="candidates-table"
        {...list.tableProps}
        scroll={{ x: 1100 }}
        onRow={(c) => ({ onClick: () => setOpenId(c.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('regLedger.organization'), dataIndex: 'organizationName' },
          { title: t('regLedger.place'), render: (_, c) => [c.streetName, c.placeName].filter(Boolean).join(' ') },
          { title: t('regLedger.members'), dataIndex: 'memberCount', width: 80 },
          { title: t('regLedger.kind'), width: 190, render: (_, c) => <KindTags candidate={c} /> },
          { title: t('regLedger.reason'), dataIndex: 'reason', ellipsis: true },
          { title: t('regLedger.visitCount'), dataIndex: 'visitCount', width: 90 },
          { title: t('regLedger.lastVisit'), dataIndex: 'lastVisitOn', width: 110 },
          { title: t('regLedger.status'), dataIndex: 'status', width: 120, render: (s: CandidateStatus) => <Tag color={statusColors[s]}>{t(`regLedger.statuses.${s}`)}</Tag> },
          { title: t('regLedger.listedAt'), dataIndex: 'listedAt', width: 110, render: (d: string) => formatDate(d) },
        ]}
      />
      {adding && (
        <AddCandidateModal
          onClose={() => setAdding(false)}
          onSaved={async (id) => { setAdding(false); await list.query.refetch(); setOpenId(id); }}
        />
      )}
      {openId && <CandidateDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => list.query.refetch()} />}
    </Card>
  );
}
