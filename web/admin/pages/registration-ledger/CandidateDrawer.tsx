import { useState } from 'react';
import { App, Button, DatePicker, Descriptions, Drawer, Empty, Form, Input, Space, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dayjs } from 'dayjs';
import { api } from '../../../common/api';
import { formatDate } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import { candidateKey, statusColors, type CandidateDetail } from './candidateTypes';
import { KindTags } from './KindTags';
import { KindFields } from './AddCandidateModal';
import { OutcomeModal } from './OutcomeModal';
import { Dialog } from '../../components/Dialog';

/** One ledger entry: the organization, how and why it is listed, the guidance visits, and the outcome. */
export function CandidateDrawer({ id, onClose, onChanged }: { id: string; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const [deciding, setDeciding] = useState(false);
  const query = useQuery({ queryKey: [candidateKey, id], queryFn: () => api.get<CandidateDetail>(`/api/registration-candidates/${id}`) });
  const c = query.data;
  const manage = can('registrationLedger.manage') && c?.status === 'tracking';
  const changed = async () => { await query.refetch(); onChanged(); };

  return (
    <Drawer open size={680} title={c?.organizationName ?? t('regLedger.detail')} onClose={onClose} loading={query.isLoading}
      extra={manage && (
        <Space>
          <Button onClick={() => setEditing(true)}>{t('regLedger.editListing')}</Button>
          <Button type="primary" onClick={() => setDeciding(true)} data-testid="record-outcome">{t('regLedger.outcome')}</Button>
        </Space>
      )}
    >
      {query.error && <Typography.Text type="danger">{query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)}</Typography.Text>}
      {c && (
        <>
          <Descriptions column={2} size="small" bordered style={{ marginBottom: 20 }}>
            <Descriptions.Item label={t('regLedger.organization')} span={2}>
              <Link to={`/organizations/${c.organizationId}`}>{c.organizationName}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('regLedger.place')}>{[c.streetName, c.placeName].filter(Boolean).join(' ')}</Descriptions.Item>
            <Descriptions.Item label={t('regLedger.members')}>{c.memberCount}</Descriptions.Item>
            <Descriptions.Item label={t('regLedger.kind')}><KindTags candidate={c} /></Descriptions.Item>
            <Descriptions.Item label={t('regLedger.status')}><Tag color={statusColors[c.status]}>{t(`regLedger.statuses.${c.status}`)}</Tag></Descriptions.Item>
            <Descriptions.Item label={t('regLedger.reason')} span={2}>{c.reason}</Descriptions.Item>
            <Descriptions.Item label={t('regLedger.listedAt')}>{formatDate(c.listedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('regLedger.decidedAt')}>{formatDate(c.decidedAt)}</Descriptions.Item>
            {c.status === 'registered' && (
              <>
                <Descriptions.Item label={t('regLedger.creditCode')}>{c.creditCode}</Descriptions.Item>
                <Descriptions.Item label={t('regLedger.registeredType')}>{c.registeredType && t(`regLedger.registeredTypes.${c.registeredType}`)}</Descriptions.Item>
                <Descriptions.Item label={t('regLedger.registrationAuthority')}>{c.registrationAuthority}</Descriptions.Item>
                <Descriptions.Item label={t('regLedger.registeredOn')}>{c.registeredOn}</Descriptions.Item>
              </>
            )}
            {c.outcomeNote && <Descriptions.Item label={t('regLedger.note')} span={2}>{c.outcomeNote}</Descriptions.Item>}
          </Descriptions>
          <Typography.Title level={5}>{t('regLedger.visits')}</Typography.Title>
          {manage && <VisitForm candidateId={c.id} onSaved={changed} />}
          {c.visits.length === 0 ? <Empty description={t('regLedger.noVisits')} /> : (
            <Timeline
              data-testid="visits"
              items={c.visits.map((v) => ({
                key: v.id,
                children: (
                  <>
                    <Typography.Text strong>{v.visitedOn}</Typography.Text> · {v.visitors}
                    <div>{v.content}</div>
                  </>
                ),
              }))}
            />
          )}
          {editing && <EditListingModal candidate={c} onClose={() => setEditing(false)} onSaved={async () => { setEditing(false); await changed(); }} />}
          {deciding && <OutcomeModal candidateId={c.id} onClose={() => setDeciding(false)} onSaved={async () => { setDeciding(false); await changed(); }} />}
        </>
      )}
    </Drawer>
  );
}

function VisitForm({ candidateId, onSaved }: { candidateId: string; onSaved(): Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async (values: { visitedOn: Dayjs; visitors: string; content: string }) => {
    try {
      await api.post(`/api/registration-candidates/${candidateId}/visits`, { ...values, visitedOn: values.visitedOn.format('YYYY-MM-DD') });
      form.resetFields();
      message.success(t('regLedger.saved'));
      await onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Form form={form} layout="vertical" name="visit" onFinish={submit} style={{ marginBottom: 16 }}>
      <Space align="start" wrap>
        <Form.Item name="visitedOn" label={t('regLedger.visitedOn')} rules={[{ required: true }]}><DatePicker /></Form.Item>
        <Form.Item name="visitors" label={t('regLedger.visitors')} rules={[{ required: true, whitespace: true }]}><Input maxLength={200} style={{ width: 320 }} /></Form.Item>
      </Space>
      <Form.Item name="content" label={t('regLedger.content')} rules={[{ required: true, whitespace: true, min: 2 }]}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4000} />
      </Form.Item>
      <Button htmlType="submit">{t('regLedger.addVisit')}</Button>
    </Form>
  );
}

function EditListingModal({ candidate, onClose, onSaved }: { candidate: CandidateDetail; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await api.patch(`/api/registration-candidates/${candidate.id}`, values);
      onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t('regLedger.editListing')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Form form={form} layout="vertical" name="edit-listing" initialValues={{ isCandidate: candidate.isCandidate, isDemonstration: candidate.isDemonstration, reason: candidate.reason }}>
        <KindFields />
        <Form.Item name="reason" label={t('regLedger.reason')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
