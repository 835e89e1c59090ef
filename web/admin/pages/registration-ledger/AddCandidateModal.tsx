import { Checkbox, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { OrganizationPicker } from './OrganizationPicker';
import { Dialog } from '../../components/Dialog';

/** Lists a filed, active organization in the ledger: as a candidate, a demonstration point or both, with the reason. */
export function AddCandidateModal({ onClose, onSaved }: { onClose(): void; onSaved(id: string): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      const saved = await api.post<{ id: string }>('/api/registration-candidates', values);
      onSaved(saved.id);
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t('regLedger.add')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} width={620}>
      <Form form={form} layout="vertical" name="add-candidate" initialValues={{ isCandidate: true, isDemonstration: false }}>
        <Form.Item name="organizationId" label={t('regLedger.organization')} rules={[{ required: true }]}>
          <OrganizationPicker filters={{ orgClass: 'filed', status: 'active' }} placeholder={t('regLedger.pickOrganization')} />
        </Form.Item>
        <KindFields />
        <Form.Item name="reason" label={t('regLedger.reason')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Dialog>
  );
}

/** The two listing kinds; at least one must be ticked (the server says so too). */
export function KindFields() {
  const { t } = useTranslation();
  const atLeastOne = ({ getFieldValue }: { getFieldValue(name: string): unknown }) => ({
    validator: () => (getFieldValue('isCandidate') || getFieldValue('isDemonstration') ? Promise.resolve() : Promise.reject(new Error(t('regLedger.kindRequired')))),
  });
  return (
    <Form.Item label={t('regLedger.kind')} required style={{ marginBottom: 0 }}>
      <Space align="start">
        <Form.Item name="isCandidate" valuePropName="checked" rules={[atLeastOne]} dependencies={['isDemonstration']}>
          <Checkbox>{t('regLedger.candidate')}</Checkbox>
        </Form.Item>
        <Form.Item name="isDemonstration" valuePropName="checked">
          <Checkbox>{t('regLedger.demonstration')}</Checkbox>
        </Form.Item>
      </Space>
    </Form.Item>
  );
}
