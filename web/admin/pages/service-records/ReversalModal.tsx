import { Alert, App, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { ApiProblem } from '../../../common/problem';
import { useProblem } from '../../components/useProblem';
import type { ServiceRecord } from './serviceRecordTypes';
import { Dialog } from '../../components/Dialog';

/**
 * 冲正: the record stays as it was; a reversal with the reason is appended, and with corrected hours
 * the right record too. Hours are typed, minutes are sent.
 */
export function ReversalModal({ record, onClose, onSaved }: { record: ServiceRecord; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string; correctedHours?: number | null }>();
  const showProblem = useProblem();
  const { message } = App.useApp();
  const submit = async () => {
    const values = await form.validateFields();
    const correctedMinutes = values.correctedHours ? Math.round(values.correctedHours * 60) : undefined;
    try {
      await api.post(`/api/service-records/${record.id}/reversal`, { reason: values.reason, correctedMinutes });
      message.success(t('serviceRecords.reversal.done'));
      onSaved();
    } catch (error) {
      showProblem(error, form);
      // The server speaks of minutes; the form asks for hours.
      const minutesError = error instanceof ApiProblem ? error.fieldErrors.find((e) => e.path === 'correctedMinutes') : undefined;
      if (minutesError) form.setFields([{ name: 'correctedHours', errors: [minutesError.message] }]);
    }
  };
  return (
    <Dialog title={t('serviceRecords.reversal.title')} onCancel={onClose} onOk={submit} okText={t('serviceRecords.reversal.submit')} cancelText={t('common.cancel')}>
      <Alert
        type="info" showIcon style={{ marginBottom: 16 }}
        message={t('serviceRecords.reversal.original', { date: record.serviceDate, activity: record.activityTitle ?? '', hours: record.hours })}
        description={t('serviceRecords.reversal.correctedHint')}
      />
      <Form form={form} layout="vertical" name="reversal">
        <Form.Item name="reason" label={t('serviceRecords.reversal.reason')} extra={t('serviceRecords.reversal.reasonHint')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={200} />
        </Form.Item>
        <Form.Item name="correctedHours" label={t('serviceRecords.reversal.correctedHours')}>
          <InputNumber min={0.25} max={24} step={0.25} precision={2} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
