import { useState } from 'react';
import { App, Button, Card, Form, Input, Popconfirm, Popover, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../common/api';
import type { Role, UserView } from '../../common/types';
import { useSession } from '../session';
import { usePagedList } from '../components/usePagedList';
import { JurisdictionSelect } from '../components/JurisdictionSelect';
import { useProblem } from '../components/useProblem';
import { Dialog } from '../components/Dialog';

const roles: Role[] = ['admin', 'auditor', 'bureau', 'street', 'committee', 'hub', 'org', 'reviewer', 'volunteer'];

export default function UsersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { modal } = App.useApp();
  const showProblem = useProblem();
  const list = usePagedList<UserView>('/api/users');
  const [editing, setEditing] = useState<UserView | 'new' | null>(null);

  const showOneTimePassword = (password: string) =>
    modal.success({
      title: t('users.oneTimePassword'),
      content: (
        <Space direction="vertical">
          <Typography.Text>{t('users.oneTimeHint')}</Typography.Text>
          <Typography.Text code copyable data-testid="one-time-password" style={{ fontSize: 18 }}>{password}</Typography.Text>
        </Space>
      ),
    });

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await list.query.refetch();
    } catch (error) {
      showProblem(error);
    }
  };

  return (
    <Card title={t('menu.users')}>
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="q"><Input allowClear placeholder={t('users.keyword')} /></Form.Item>
        <Form.Item name="role"><Select allowClear style={{ width: 150 }} placeholder={t('users.role')} options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} /></Form.Item>
        <Form.Item name="status"><Select allowClear style={{ width: 110 }} placeholder={t('users.status')} options={[{ value: 'active', label: t('users.active') }, { value: 'disabled', label: t('users.disabled') }]} /></Form.Item>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('users.jurisdiction')} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
        {can('user.create') && <Button onClick={() => setEditing('new')}>{t('common.create')}</Button>}
      </Form>
      <Table<UserView>
        rowKey="id"
        {...list.tableProps}
        scroll={{ x: 900 }}
        columns={[
          { title: t('users.username'), dataIndex: 'username' },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          { title: t('users.role'), dataIndex: 'role', render: (r: Role) => t(`roles.${r}`) },
          { title: t('users.jurisdiction'), render: (_, u) => `${u.jurisdictionName ?? ''}（${u.jurisdictionCode}）` },
          {
            title: t('users.phone'), dataIndex: 'phoneMasked',
            render: (phone: string | null, u) => phone && can('user.revealPhone')
              ? <RevealPhone user={u} masked={phone} />
              : phone,
          },
          { title: t('users.status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'active' ? 'green' : 'default'}>{t(`users.${s}`)}</Tag> },
          {
            title: t('common.actions'),
            render: (_, u) => (
              <Space size="small">
                {can('user.update') && <Button size="small" onClick={() => setEditing(u)}>{t('common.edit')}</Button>}
                {can('user.update') && (
                  <Button size="small" onClick={() => act(() => api.patch(`/api/users/${u.id}`, { status: u.status === 'active' ? 'disabled' : 'active' }))}>
                    {u.status === 'active' ? t('users.disable') : t('users.enable')}
                  </Button>
                )}
                {can('user.resetPassword') && (
                  <Popconfirm title={t('users.confirmReset')} onConfirm={() => act(async () => {
                    const { oneTimePassword } = await api.post<{ oneTimePassword: string }>(`/api/users/${u.id}/reset-password`);
                    showOneTimePassword(oneTimePassword);
                  })}>
                    <Button size="small">{t('users.resetPassword')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <UserForm
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={async (oneTimePassword) => {
            setEditing(null);
            await list.query.refetch();
            if (oneTimePassword) showOneTimePassword(oneTimePassword);
          }}
        />
      )}
    </Card>
  );
}

function RevealPhone({ user, masked }: { user: UserView; masked: string }) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState<string | null>(null);
  return (
    <Popover
      trigger="click"
      content={phone ?? t('common.loading')}
      onOpenChange={async (open) => {
        if (open && !phone) setPhone((await api.post<{ phone: string | null }>(`/api/users/${user.id}/reveal-phone`)).phone);
      }}
    >
      <Button type="link" size="small">{masked}</Button>
    </Popover>
  );
}

function UserForm({ user, onClose, onSaved }: { user: UserView | null; onClose(): void; onSaved(oneTimePassword?: string): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      if (user) {
        const { username: _ignored, phone, ...changes } = values;
        await api.patch(`/api/users/${user.id}`, { ...changes, ...(phone ? { phone } : {}) });
        onSaved();
      } else {
        const { oneTimePassword } = await api.post<{ oneTimePassword: string }>('/api/users', { ...values, phone: values.phone || undefined });
        onSaved(oneTimePassword);
      }
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={user ? t('users.editTitle') : t('users.createTitle')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Form form={form} layout="vertical" initialValues={user ? { ...user, phone: undefined } : { role: 'committee' }}>
        <Form.Item name="username" label={t('users.username')} rules={[{ required: true }]}>
          <Input disabled={Boolean(user)} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item name="phone" label={t('users.phone')} extra={user?.phoneMasked ?? undefined}><Input /></Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
          <Select options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="jurisdictionCode" label={t('users.jurisdiction')} rules={[{ required: true }]}><JurisdictionSelect /></Form.Item>
      </Form>
    </Dialog>
  );
}
