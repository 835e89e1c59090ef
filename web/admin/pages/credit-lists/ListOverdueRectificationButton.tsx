import { useState } from 'react';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { Dialog } from '../../components/Dialog';

/**
 * On an overdue rectification notice: staff put the organization on the abnormal-activity list for
 * the unfixed rectification, the cause dated the day after the deadline.
 */
export function ListOverdueRectificationButton({ notice }: { notice: { id: string; organizationId: string; number: string; deadline: string | null } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const causeOn = notice.deadline ? new Date(Date.parse(`${notice.deadline}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : undefined;
  const finish = async ({ reason }: { reason: string }) => {
    setBusy(true);
    try {
      const entry = await api.post<{ id: string }>('/api/credit-lists', { organizationId: notice.organizationId, cause: 'unfixed_rectification', causeRef: notice.id, reason, causeOn });
      message.success(t('creditLists.done'));
      navigate(`/credit-lists/${entry.id}`);
    } catch (error) {
      showProblem(error, form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="list-unfixed-rectification">{t('creditLists.enter')}</Button>
      {open && (
        <Dialog title={t('creditLists.enter')} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={busy}>
          <Form form={form} layout="vertical" onFinish={finish} initialValues={{ reason: t('creditLists.unfixedReason', { number: notice.number, deadline: notice.deadline }) }}>
            <Form.Item label={t('creditLists.cause')}>{t('creditLists.causes.unfixed_rectification')}</Form.Item>
            <Form.Item name="reason" label={t('creditLists.reason')} rules={[{ required: true }]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
          </Form>
        </Dialog>
      )}
    </>
  );
}
