import { App, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { Dialog } from '../../components/Dialog';

/** 撤销备案: the street proposes revoking the filing for a stated cause; deciding and publishing it is the case's next step. */
export function RevocationModal({ organizationId, onClose, onStarted }: { organizationId: string; onClose(): void; onStarted(filingId: string): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [form] = Form.useForm<{ cause: string }>();

  const submit = async () => {
    const { cause } = await form.validateFields();
    try {
      const { filingId } = await api.post<{ filingId: string }>(`/api/organizations/${organizationId}/revocations`, { cause: cause.trim() });
      message.success(t('lifecycle.revocationStarted'));
      onStarted(filingId);
    } catch (error) {
      showProblem(error, form);
    }
  };

  return (
    <Dialog width={600} title={t('lifecycle.revokeTitle')} okText={t('filings.confirmAction')} cancelText={t('common.cancel')} onOk={submit} onCancel={onClose}>
      <Typography.Paragraph type="secondary">{t('lifecycle.causeHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="revocation">
        <Form.Item name="cause" label={t('lifecycle.cause')} rules={[{ required: true, whitespace: true, message: t('lifecycle.required', { field: t('lifecycle.cause') }) }]}>
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
