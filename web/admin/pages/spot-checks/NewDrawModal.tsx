import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import type { DrawDetail } from './spotCheckTypes';
import { Dialog } from '../../components/Dialog';

/** A new 双随机 draw: its title, optionally a class, a street, a seed and a share. */
export function NewDrawModal({ onClose, onSaved }: { onClose(): void; onSaved(draw: DrawDetail): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async () => {
    const values = await form.validateFields();
    const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''));
    try {
      onSaved(await api.post<DrawDetail>('/api/spot-check-draws', body));
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t('spotChecks.newDraw')} onCancel={onClose} onOk={submit} okText={t('spotChecks.newDraw')} cancelText={t('common.cancel')} width={560}>
      <Form form={form} layout="vertical" name="new-draw" initialValues={{ title: `${new Date().getFullYear()}年度社会组织抽查` }}>
        <Form.Item name="title" label={t('spotChecks.drawTitle')} rules={[{ required: true, whitespace: true, min: 2 }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="orgClass" label={t('spotChecks.orgClass')}>
          <Select allowClear placeholder={t('spotChecks.allClasses')}
            options={(['filed', 'registered'] as const).map((c) => ({ value: c, label: t(`spotChecks.classes.${c}`) }))} />
        </Form.Item>
        <Form.Item name="streetCode" label={t('spotChecks.street')}><JurisdictionSelect allowClear /></Form.Item>
        <Form.Item name="sharePercent" label={t('spotChecks.share')} extra={t('spotChecks.shareHint')}>
          <InputNumber min={0.1} max={100} step={1} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="seed" label={t('spotChecks.seed')} extra={t('spotChecks.seedHint')}><Input maxLength={64} /></Form.Item>
      </Form>
    </Dialog>
  );
}
