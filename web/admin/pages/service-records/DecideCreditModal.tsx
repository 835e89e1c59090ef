import { Alert, App, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import type { CreditRecord } from './serviceRecordTypes';
import { Dialog } from '../../components/Dialog';

/** 处理申诉: uphold the record or withdraw it (a withdrawn no-show no longer counts towards a restriction). */
export function DecideCreditModal({ record, onClose, onSaved }: { record: CreditRecord; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const { message } = App.useApp();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await api.post(`/api/credit-records/${record.id}/decision`, values);
      message.success(t('serviceRecords.credit.decided'));
      onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t('serviceRecords.credit.decide')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Alert
        type="info" showIcon style={{ marginBottom: 16 }}
        message={`${record.volunteerName ?? ''} · ${t(`serviceRecords.credit.kinds.${record.kind}`)}：${record.reason}`}
        description={`${t('serviceRecords.credit.contestReason')}：${record.contestReason ?? ''}`}
      />
      <Form form={form} layout="vertical" name="credit-decision" initialValues={{ outcome: 'upheld' }}>
        <Form.Item name="outcome" label={t('serviceRecords.credit.outcome')}>
          <Radio.Group options={(['upheld', 'withdrawn'] as const).map((o) => ({ value: o, label: t(`serviceRecords.credit.outcomes.${o}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('serviceRecords.credit.decisionNote')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
