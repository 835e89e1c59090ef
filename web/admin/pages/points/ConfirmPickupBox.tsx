import { App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import type { Redemption } from './pointsTypes';

/** 核销: the provider types the code the volunteer shows and confirms the pickup. */
export function ConfirmPickupBox({ onConfirmed }: { onConfirmed(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ pickupCode: string }>();
  const showProblem = useProblem();
  const confirm = async ({ pickupCode }: { pickupCode: string }) => {
    try {
      const done = await api.post<Redemption>('/api/redemptions/confirm', { pickupCode });
      message.success(t('points.confirmed', { title: done.title, points: done.points }));
      form.resetFields();
      onConfirmed();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Card size="small" title={t('points.confirmTitle')} style={{ marginBottom: 16 }}>
      <Form form={form} layout="inline" name="confirm-pickup" onFinish={confirm}>
        <Form.Item name="pickupCode" label={t('points.pickupCode')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={12} style={{ width: 180, textTransform: 'uppercase', letterSpacing: 2 }} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit">{t('points.confirmButton')}</Button>
      </Form>
    </Card>
  );
}
