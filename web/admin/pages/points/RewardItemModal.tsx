import { Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { ProviderAccountPicker } from './ProviderAccountPicker';
import { limitPeriods, type RewardItem } from './pointsTypes';
import { Dialog } from '../../components/Dialog';

/** A new catalogue item, or changes to one (restocking sets the new number of units left). */
export function RewardItemModal({ item, onClose, onSaved }: { item: RewardItem | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async () => {
    const values = await form.validateFields();
    const body = { ...values, description: values.description || null, limitCount: values.limitCount ?? null, limitPeriod: values.limitPeriod ?? null, providerUserId: values.providerUserId ?? null };
    try {
      if (item) await api.patch(`/api/reward-items/${item.id}`, body);
      else await api.post('/api/reward-items', body);
      onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t(item ? 'points.editItem' : 'points.addItem')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} width={640}>
      <Form
        form={form} layout="vertical" name="reward-item"
        initialValues={item ?? { active: true, stock: 0, pointsCost: 10 }}
      >
        {!item && (
          <Form.Item name="jurisdictionCode" label={t('points.place')}>
            <JurisdictionSelect />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('points.itemTitle')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('points.description')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="providerName" label={t('points.providerName')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="providerUserId" label={t('points.providerAccount')} extra={t('points.providerAccountHelp')}>
          <ProviderAccountPicker current={item?.providerAccount} />
        </Form.Item>
        <Form.Item name="pickupAddress" label={t('points.pickupAddress')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="pointsCost" label={t('points.pointsCost')} rules={[{ required: true }]}>
            <InputNumber min={1} precision={0} />
          </Form.Item>
          <Form.Item name="stock" label={t('points.stock')} rules={[{ required: true }]} tooltip={t('points.stockHelp')}>
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item name="limitCount" label={t('points.limitCount')}>
            <InputNumber min={1} max={100} precision={0} placeholder={t('points.noLimit')} />
          </Form.Item>
          <Form.Item name="limitPeriod" label={t('points.limitPeriod')}>
            <Select allowClear style={{ width: 120 }} placeholder={t('points.noLimit')} options={limitPeriods.map((p) => ({ value: p, label: t(`points.periods.${p}`) }))} />
          </Form.Item>
          <Form.Item name="active" label={t('points.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
      </Form>
    </Dialog>
  );
}
