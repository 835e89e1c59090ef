import { App, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../common/api';
import { formatTime } from '../../common/format';
import { useSession } from '../session';
import ChangePasswordPage from './ChangePasswordPage';

type MySession = { id: string; current: boolean; createdAt: string; lastSeenAt: string; expiresAt: string; sourceAddress: string | null; userAgent: string | null };

export default function AccountPage() {
  const { t, i18n } = useTranslation();
  const { session, signOut } = useSession();
  const { modal } = App.useApp();
  const sessions = useQuery({ queryKey: ['my-sessions'], queryFn: () => api.get<{ items: MySession[] }>('/api/auth/sessions') });
  const user = session!.user;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('account.profile')}>
        <Descriptions column={1} size="small" bordered style={{ maxWidth: 560 }}>
          <Descriptions.Item label={t('users.username')}>{user.username}</Descriptions.Item>
          <Descriptions.Item label={t('users.displayName')}>{user.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('users.role')}>{t(`roles.${user.role}`)}</Descriptions.Item>
          <Descriptions.Item label={t('users.jurisdiction')}>{user.jurisdictionName}（{user.jurisdictionCode}）</Descriptions.Item>
          <Descriptions.Item label={t('users.phone')}>{user.phoneMasked}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('password.title')}><ChangePasswordPage embedded /></Card>
      <Card
        title={t('account.sessions')}
        extra={<Button danger onClick={() => modal.confirm({
          title: t('account.confirmEndAll'),
          onOk: async () => { await api.post('/api/auth/sessions/end-all'); await signOut(); },
        })}>{t('account.endAll')}</Button>}
      >
        <Table<MySession>
          rowKey="id"
          size="small"
          loading={sessions.isLoading}
          dataSource={sessions.data?.items ?? []}
          pagination={false}
          scroll={{ x: 700 }}
          columns={[
            { title: t('account.createdAt'), dataIndex: 'createdAt', render: (v, s) => <>{formatTime(v, i18n.language)} {s.current && <Tag color="blue">{t('account.current')}</Tag>}</> },
            { title: t('account.lastSeenAt'), dataIndex: 'lastSeenAt', render: (v) => formatTime(v, i18n.language) },
            { title: t('account.expiresAt'), dataIndex: 'expiresAt', render: (v) => formatTime(v, i18n.language) },
            { title: t('account.source'), dataIndex: 'sourceAddress' },
            { title: t('account.device'), dataIndex: 'userAgent', ellipsis: true },
          ]}
        />
      </Card>
    </Space>
  );
}
