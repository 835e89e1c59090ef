import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { Dialog } from '../../components/Dialog';

/** Calls the activity off with a reason; the volunteers signed up or waiting are told. */
export function CancelActivityModal({ activityId, onClose, onSaved }: { activityId: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const showProblem = useProblem();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await api.post(`/api/activities/${activityId}/cancel`, values);
      onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t('activities.cancel')} onCancel={onClose} onOk={submit} okButtonProps={{ danger: true }} okText={t('activities.cancel')} cancelText={t('common.cancel')}>
      <Typography.Paragraph type="secondary">{t('activities.cancelHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="cancel-activity">
        <Form.Item name="reason" label={t('activities.cancelReason')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
