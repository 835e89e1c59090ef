import { Alert, DatePicker, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import type { RegisteredType } from './candidateTypes';
import { Dialog } from '../../components/Dialog';

const registeredTypes: RegisteredType[] = ['social_group', 'social_service_agency'];

/** Closes an entry: registered (credit code, type, authority, date) or dropped with a note. */
export function OutcomeModal({ candidateId, onClose, onSaved }: { candidateId: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const outcome = Form.useWatch('outcome', form) as 'registered' | 'dropped' | undefined;
  const submit = async () => {
    const values = await form.validateFields();
    const body = values.outcome === 'registered'
      ? { ...values, registeredOn: (values.registeredOn as Dayjs).format('YYYY-MM-DD'), note: values.note?.trim() || undefined }
      : { outcome: 'dropped', note: values.note };
    try {
      await api.post(`/api/registration-candidates/${candidateId}/outcome`, body);
      onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t('regLedger.outcome')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} width={600}>
      <Form form={form} layout="vertical" name="outcome" initialValues={{ outcome: 'registered' }}>
        <Form.Item name="outcome" label={t('regLedger.outcomeKind')}>
          <Radio.Group options={[{ value: 'registered', label: t('regLedger.outcomeRegistered') }, { value: 'dropped', label: t('regLedger.outcomeDropped') }]} />
        </Form.Item>
        {outcome !== 'dropped' && (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('regLedger.registeredHint')} />
            <Form.Item name="creditCode" label={t('regLedger.creditCode')} rules={[{ required: true, whitespace: true }]}><Input maxLength={18} /></Form.Item>
            <Form.Item name="registeredType" label={t('regLedger.registeredType')} rules={[{ required: true }]}>
              <Select options={registeredTypes.map((r) => ({ value: r, label: t(`regLedger.registeredTypes.${r}`) }))} />
            </Form.Item>
            <Form.Item name="registrationAuthority" label={t('regLedger.registrationAuthority')} rules={[{ required: true, whitespace: true, min: 2 }]}><Input maxLength={100} /></Form.Item>
            <Form.Item name="registeredOn" label={t('regLedger.registeredOn')} rules={[{ required: true }]}><DatePicker /></Form.Item>
          </>
        )}
        <Form.Item name="note" label={t('regLedger.note')} rules={outcome === 'dropped' ? [{ required: true, whitespace: true, min: 2 }] : []}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
