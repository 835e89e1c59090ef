import { useState } from 'react';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import type { DormantProposal, DormantState } from './dormantTypes';
import { DecideModal } from './DecideModal';
import { ContactAttemptsModal } from './ContactAttemptsModal';

const states: DormantState[] = ['proposed', 'deregister', 'rectify', 'reactivate', 'dismissed'];
const stateColors: Record<DormantState, string> = { proposed: 'orange', deregister: 'red', rectify: 'gold', reactivate: 'green', dismissed: 'default' };

/**
 * 僵尸型清理: the proposals of the actor's area with their criteria, decided by the street (filed) or
 * the bureau (registered); contact attempts are recorded here too (committees only do that).
 */
export default function DormantPage() {
  const { t } = useTranslation();
  const { can, session } = useSession();
  const [contacts, setContacts] = useState<{ organizationId?: string; organizationName?: string }>();
  const recordButton = can('contactAttempt.record') && (
    <Button icon={<PhoneOutlined />} onClick={() => setContacts({})} data-testid="record-contact-attempt">{t('dormant.contacts.record')}</Button>
  );
  return (
    <Card title={t('dormant.title')} extra={recordButton}>
      <Typography.Paragraph type="secondary">{t('dormant.intro')}</Typography.Paragraph>
      {can('dormant.read') && <ProposalList onContacts={(p) => setContacts({ organizationId: p.organizationId, organizationName: p.organizationName })}
        canDecide={(p) => p.state === 'proposed' && can('dormant.decide') && session?.user.role === (p.orgClass === 'filed' ? 'street' : 'bureau')} />}
      {contacts && <ContactAttemptsModal {...contacts} onClose={() => setContacts(undefined)} />}
    </Card>
  );
}

function ProposalList({ onContacts, canDecide }: { onContacts(p: DormantProposal): void; canDecide(p: DormantProposal): boolean }) {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState<DormantProposal>();
  const list = usePagedList<DormantProposal>('/api/dormant-proposals', { state: 'proposed' });
  return (
    <>
      <Form layout="inline" initialValues={{ state: 'proposed' }} onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="state">
          <Select allowClear style={{ width: 140 }} placeholder={t('dormant.allStates')} options={states.map((s) => ({ value: s, label: t(`dormant.states.${s}`) }))} />
        </Form.Item>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('dormant.allPlaces')} style={{ width: 220 }} /></Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('dormant.organization')} style={{ width: 180 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<DormantProposal>
        rowKey="id"
        data-testid="dormant-proposals"
        {...list.tableProps}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('dormant.organization'), dataIndex: 'organizationName', render: (name: string, p) => <>{name} <Tag>{t(`dormant.orgClasses.${p.orgClass}`)}</Tag></> },
          { title: t('dormant.place'), dataIndex: 'placeName', width: 130 },
          {
            title: t('dormant.criteria'), dataIndex: 'criteria',
            render: (criteria: DormantProposal['criteria']) => (
              <Space direction="vertical" size={2}>{criteria.map((c) => <span key={c.criterion}><Tag color="volcano">{t(`dormant.criteriaNames.${c.criterion}`)}</Tag>{c.detail}</span>)}</Space>
            ),
          },
          { title: t('dormant.proposedAt'), dataIndex: 'proposedAt', width: 110, render: (at: string) => at.slice(0, 10) },
          {
            title: t('dormant.state'), dataIndex: 'state', width: 180,
            render: (s: DormantState, p) => <><Tag color={stateColors[s]}>{t(`dormant.states.${s}`)}</Tag>{p.decisionNote && <Typography.Text type="secondary">{p.decisionNote}</Typography.Text>}</>,
          },
          {
            title: t('common.actions'), key: 'actions', width: 170,
            render: (_, p) => (
              <Space>
                {canDecide(p) && <Button size="small" type="primary" onClick={() => setDeciding(p)} data-testid="decide">{t('dormant.decide')}</Button>}
                <Button size="small" onClick={() => onContacts(p)}>{t('dormant.contactsButton')}</Button>
              </Space>
            ),
          },
        ]}
      />
      {deciding && <DecideModal proposal={deciding} onClose={() => setDeciding(undefined)} onDecided={async () => { setDeciding(undefined); await list.query.refetch(); }} />}
    </>
  );
}
