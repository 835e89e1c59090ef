import { useState } from 'react';
import { Button, Card, List, Space, Switch, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, listUrl } from '../../common/api';
import { formatTime } from '../../common/format';

type Notification = { id: string; title: string; body: string | null; link: string | null; readAt: string | null; createdAt: string };

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['notifications', onlyUnread, page],
    queryFn: () => api.get<{ items: Notification[]; total: number; unreadCount: number }>(listUrl('/api/notifications', { page, pageSize: 20, unread: onlyUnread || undefined })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const open = async (n: Notification) => {
    if (!n.readAt) await api.post(`/api/notifications/${n.id}/read`);
    await refresh();
    if (n.link?.startsWith('/admin')) navigate(n.link.slice('/admin'.length) || '/');
  };
  return (
    <Card
      title={t('menu.notifications')}
      extra={
        <Space>
          <Switch checked={onlyUnread} onChange={setOnlyUnread} /> {t('notifications.onlyUnread')}
          <Button onClick={async () => { await api.post('/api/notifications/read-all'); await refresh(); }}>{t('notifications.markAllRead')}</Button>
        </Space>
      }
    >
      <List<Notification>
        loading={query.isLoading}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('notifications.empty') }}
        pagination={{ current: page, total: query.data?.total ?? 0, pageSize: 20, onChange: setPage }}
        renderItem={(n) => (
          <List.Item onClick={() => open(n)} style={{ cursor: 'pointer' }}>
            <List.Item.Meta
              title={<Space>{!n.readAt && <Tag color="red">{t('notifications.unread')}</Tag>}<Typography.Text strong={!n.readAt}>{n.title}</Typography.Text></Space>}
              description={<>{n.body} <Typography.Text type="secondary">{formatTime(n.createdAt, i18n.language)}</Typography.Text></>}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
