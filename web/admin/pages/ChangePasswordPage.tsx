import { Alert, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { App } from 'antd';
import { api } from '../../common/api';
import { useSession } from '../session';
import { useProblem } from '../components/useProblem';

/** The forced change after a one-time or expired password; also reachable from My account. */
export default function ChangePasswordPage({ embedded = false }: { embedded?: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { session, refresh } = useSession();
  const navigate = useNavigate();
  const showProblem = useProblem();
  const { message } = App.useApp();

  const submit = async (values: { currentPassword: string; newPassword: string }) => {
    try {
      await api.post('/api/auth/password', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      message.success(t('password.done'));
      form.resetFields();
      await refresh();
      if (!embedded) navigate('/');
    } catch (error) {
      showProblem(error, form);
    }
  };

  const body = (
    <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 420 }}>
      {session?.passwordExpired && <Alert type="warning" showIcon message={t('password.expired')} style={{ marginBottom: 16 }} />}
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('password.next')} extra={t('password.rules')} rules={[{ required: true }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm" label={t('password.confirm')} dependencies={['newPassword']}
        rules={[{ required: true }, ({ getFieldValue }) => ({
          validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
        })]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit">{t('common.save')}</Button>
    </Form>
  );
  if (embedded) return body;
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f0eb', padding: 16 }}>
      <Card title={t('password.title')} style={{ width: 460, maxWidth: '100%' }}>{body}</Card>
    </div>
  );
}
