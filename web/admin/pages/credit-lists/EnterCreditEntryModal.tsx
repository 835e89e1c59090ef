import { useState } from 'react';
import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { OrganizationPicker } from '../registration-ledger/OrganizationPicker';
import { Dialog } from '../../components/Dialog';

type Values = { organizationId: string; cause: 'staff_decision'; reason: string; causeOn: Dayjs };

/**
 * Staff put an organization on the abnormal-activity list for a decision of their own, with the date
 * the cause arose and the reason. (An overdue rectification is listed from its notice.)
 */
export function EnterCreditEntryModal({ onClose, onSaved }: { onClose(): void; onSaved(id: string): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const finish = async (v: Values) => {
    setBusy(true);
    try {
      const saved = await api.post<{ id: string }>('/api/credit-lists', { ...v, causeOn: v.causeOn.format('YYYY-MM-DD') });
      message.success(t('creditLists.done'));
      onSaved(saved.id);
    } catch (error) {
      showProblem(error, form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('creditLists.enter')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy}>
      <Form form={form} layout="vertical" onFinish={finish} initialValues={{ cause: 'staff_decision' }}>
        <Form.Item name="organizationId" label={t('creditLists.organization')} rules={[{ required: true }]}>
          <OrganizationPicker filters={{ status: 'active' }} />
        </Form.Item>
        <Form.Item name="cause" label={t('creditLists.cause')} rules={[{ required: true }]}>
          <Select options={[{ value: 'staff_decision', label: t('creditLists.causes.staff_decision') }]} />
        </Form.Item>
        <Form.Item name="causeOn" label={t('creditLists.causeOn')} rules={[{ required: true }]}><DatePicker /></Form.Item>
        <Form.Item name="reason" label={t('creditLists.reason')} rules={[{ required: true }]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
      </Form>
    </Dialog>
  );
}
