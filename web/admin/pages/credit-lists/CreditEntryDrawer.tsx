import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Empty, Form, Input, List, Radio, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import { creditEntryKey, type CreditEntryDetail, type CreditRequest } from './creditTypes';
import { Dialog } from '../../components/Dialog';

const requestColors = { pending: 'orange', granted: 'green', refused: 'default' } as const;

/** One entry: cause, basis and dates; its objections and repair applications; and what this user may do. */
export function CreditEntryDrawer({ id, onClose, onChanged }: { id: string; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const query = useQuery({ queryKey: [creditEntryKey, id], queryFn: () => api.get<CreditEntryDetail>(`/api/credit-lists/${id}`) });
  const [dialog, setDialog] = useState<{ kind: 'request' } | { kind: 'decide'; request: CreditRequest } | { kind: 'remove' } | null>(null);
  const e = query.data;
  const changed = async () => { setDialog(null); await query.refetch(); onChanged(); };
  const on = e && !e.removedOn;
  return (
    <Drawer open size={680} title={e ? `${e.organizationName} · ${e.listName}` : ''} onClose={onClose} loading={query.isLoading}
      extra={on && (
        <Space>
          {can('creditList.request') && !e.pendingRequest && <Button type="primary" onClick={() => setDialog({ kind: 'request' })} data-testid="credit-request">{t('creditLists.newRequest')}</Button>}
          {can('creditList.decide') && e.list === 'abnormal' && <Button onClick={() => setDialog({ kind: 'remove' })}>{t('creditLists.removal')}</Button>}
        </Space>
      )}
    >
      {query.error && <Typography.Text type="danger">{query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)}</Typography.Text>}
      {e && (
        <>
          <Descriptions column={2} size="small" bordered style={{ marginBottom: 20 }} data-testid="credit-entry">
            <Descriptions.Item label={t('creditLists.organization')} span={2}><Link to={`/organizations/${e.organizationId}`}>{e.organizationName}</Link></Descriptions.Item>
            <Descriptions.Item label={t('creditLists.menu')}><Tag color={e.list === 'serious' ? 'red' : 'orange'}>{t(`creditLists.lists.${e.list}`)}</Tag></Descriptions.Item>
            <Descriptions.Item label={t('creditLists.cause')}>{e.causeLabel}</Descriptions.Item>
            <Descriptions.Item label={t('creditLists.reason')} span={2}>{e.reason}</Descriptions.Item>
            <Descriptions.Item label={t('creditLists.basis')} span={2}>{e.basis}</Descriptions.Item>
            <Descriptions.Item label={t('creditLists.causeOn')}>{e.causeOn}</Descriptions.Item>
            <Descriptions.Item label={t('creditLists.dueOn')}>{e.dueOn}</Descriptions.Item>
            <Descriptions.Item label={t('creditLists.enteredOn')}>{e.enteredOn} {e.enteredLate && <Tag color="red">{t('creditLists.enteredLate')}</Tag>}</Descriptions.Item>
            <Descriptions.Item label={t('creditLists.authority')}>{e.authorityName}</Descriptions.Item>
            {e.removedOn && (
              <>
                <Descriptions.Item label={t('creditLists.removedOn')}>{e.removedOn}</Descriptions.Item>
                <Descriptions.Item label={t('creditLists.exit')}><span data-testid="credit-exit">{e.exitLabel}</span></Descriptions.Item>
                {e.removalNote && <Descriptions.Item label={t('creditLists.removalNote')} span={2}>{e.removalNote}</Descriptions.Item>}
              </>
            )}
          </Descriptions>
          <Typography.Title level={5}>{t('creditLists.requests')}</Typography.Title>
          {e.requests.length === 0 ? <Empty /> : (
            <List
              data-testid="credit-requests"
              dataSource={e.requests}
              renderItem={(r) => (
                <List.Item
                  actions={r.state === 'pending' && can('creditList.decide') ? [<Button key="decide" type="primary" size="small" onClick={() => setDialog({ kind: 'decide', request: r })} data-testid="credit-decide">{t('creditLists.decide')}</Button>] : []}
                >
                  <List.Item.Meta
                    title={<Space>{t(`creditLists.requestKinds.${r.kind}`)}<Tag color={requestColors[r.state]}>{t(`creditLists.requestStates.${r.state}`)}</Tag></Space>}
                    description={<>
                      <div>{r.statement}</div>
                      <Typography.Text type="secondary">{r.requesterName} · {formatTime(r.requestedAt)}</Typography.Text>
                      {r.decisionNote && <div>{t('creditLists.decisionNote')}：{r.decisionNote}（{r.deciderName} · {formatTime(r.decidedAt)}）</div>}
                    </>}
                  />
                </List.Item>
              )}
            />
          )}
          {dialog?.kind === 'request' && <RequestModal entry={e} onClose={() => setDialog(null)} onDone={changed} />}
          {dialog?.kind === 'decide' && <DecideModal entry={e} request={dialog.request} onClose={() => setDialog(null)} onDone={changed} />}
          {dialog?.kind === 'remove' && <NoteModal title={t('creditLists.removal')} url={`/api/credit-lists/${e.id}/removal`} onClose={() => setDialog(null)} onDone={changed} />}
        </>
      )}
    </Drawer>
  );
}

/** Posts a small form, shows its problems on the fields, and reports success. */
function usePost(onDone: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    async post(url: string, body: unknown, form: Parameters<typeof showProblem>[1]) {
      setBusy(true);
      try {
        await api.post(url, body);
        message.success(t('creditLists.done'));
        onDone();
      } catch (error) {
        showProblem(error, form);
      } finally {
        setBusy(false);
      }
    },
  };
}

function RequestModal({ entry, onClose, onDone }: { entry: CreditEntryDetail; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ kind: 'objection' | 'repair'; statement: string }>();
  const { busy, post } = usePost(onDone);
  return (
    <Dialog title={t('creditLists.newRequest')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} okButtonProps={{ 'data-testid': 'credit-request-ok' } as never}>
      <Form form={form} layout="vertical" initialValues={{ kind: entry.list === 'serious' ? 'objection' : 'repair' }} onFinish={(v) => post(`/api/credit-lists/${entry.id}/requests`, v, form)}>
        <Form.Item name="kind">
          <Radio.Group options={(['repair', 'objection'] as const).filter((k) => k === 'objection' || entry.list === 'abnormal').map((k) => ({ value: k, label: t(`creditLists.requestKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="statement" label={t('creditLists.statement')} rules={[{ required: true }]}><Input.TextArea rows={4} maxLength={4000} /></Form.Item>
      </Form>
    </Dialog>
  );
}

function DecideModal({ entry, request, onClose, onDone }: { entry: CreditEntryDetail; request: CreditRequest; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ decision: 'granted' | 'refused'; note: string }>();
  const { busy, post } = usePost(onDone);
  return (
    <Dialog title={`${t('creditLists.decide')} · ${t(`creditLists.requestKinds.${request.kind}`)}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'credit-decide-ok' } as never}>
      <Form form={form} layout="vertical" initialValues={{ decision: 'granted' }} onFinish={(v) => post(`/api/credit-lists/${entry.id}/requests/${request.id}/decision`, v, form)}>
        <Form.Item name="decision"><Radio.Group options={[{ value: 'granted', label: t('creditLists.grant') }, { value: 'refused', label: t('creditLists.refuse') }]} /></Form.Item>
        <Form.Item name="note" label={t('creditLists.decisionNote')} rules={[{ required: true }]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
      </Form>
    </Dialog>
  );
}

function NoteModal({ title, url, onClose, onDone }: { title: string; url: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const { busy, post } = usePost(onDone);
  return (
    <Dialog title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy}>
      <Form form={form} layout="vertical" onFinish={(v) => post(url, v, form)}>
        <Form.Item name="note" label={t('creditLists.removalNote')} rules={[{ required: true }]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
      </Form>
    </Dialog>
  );
}
