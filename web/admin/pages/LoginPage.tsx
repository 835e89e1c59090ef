import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../common/api';
import { ApiProblem } from '../../common/problem';
import type { SessionView } from '../../common/types';
import { useSession } from '../session';
import { LangSwitch } from '../components/LangSwitch';

export function LoginPage() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const session = await api.post<SessionView>('/api/auth/login', values);
      signedIn(session);
      navigate(session.passwordExpired ? '/password' : '/');
    } catch (e) {
      setError(e instanceof ApiProblem ? e.problem.title : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f0eb', padding: 16 }}>
      <Card style={{ width: 380, maxWidth: '100%' }}>
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          <div style={{ textAlign: 'center' }}>
            <Typography.Title level={3} style={{ marginBottom: 4, color: '#c0392b' }}>{t('app.fullName')}</Typography.Title>
            <Typography.Text type="secondary">{t('login.title')}</Typography.Text>
          </div>
          <Form layout="vertical" onFinish={submit} requiredMark={false}>
            {error && <Alert type="error" showIcon message={error} data-testid="login-error" style={{ marginBottom: 16 }} />}
            <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.required', { field: t('login.username') }) }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>{t('login.submit')}</Button>
          </Form>
          <div style={{ display: 'flex', justifyContent: 'space-between' }}>
            <a href="/">{t('login.portal')}</a>
            <LangSwitch type="link" />
          </div>
        </Space>
      </Card>
    </div>
  );
}
