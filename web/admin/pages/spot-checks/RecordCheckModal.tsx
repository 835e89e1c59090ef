import { DatePicker, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { conclusions, type Check } from './spotCheckTypes';
import { Dialog } from '../../components/Dialog';

/** The inspectors' findings, date and conclusion for one check. */
export function RecordCheckModal({ check, onClose, onSaved }: { check: Check; onClose(): void; onSaved(saved: Check): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      onSaved(await api.post<Check>(`/api/spot-checks/${check.id}/record`, { ...values, checkedOn: (values.checkedOn as Dayjs).format('YYYY-MM-DD') }));
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={`${t('spotChecks.recordTitle')}：${check.organizationName}`} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} width={620}>
      <Form form={form} layout="vertical" name="record-check" initialValues={{ checkedOn: dayjs() }}>
        <Form.Item name="checkedOn" label={t('spotChecks.checkedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="conclusion" label={t('spotChecks.conclusion')} rules={[{ required: true }]}>
          <Radio.Group options={conclusions.map((c) => ({ value: c, label: t(`spotChecks.conclusions.${c}`) }))} />
        </Form.Item>
        <Form.Item name="findings" label={t('spotChecks.findings')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
