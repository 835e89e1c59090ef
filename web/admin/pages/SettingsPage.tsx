import { App, Button, Card, Input, InputNumber, Space, Table } from 'antd';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../common/api';
import { useSession } from '../session';
import { useProblem } from '../components/useProblem';
import { JobsCard } from './JobsCard';

type Setting = { key: string; value: number | string; default: number | string };

export default function SettingsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const query = useQuery({ queryKey: ['settings'], queryFn: () => api.get<{ items: Setting[] }>('/api/settings') });
  return (
    <>
      <Card title={t('menu.settings')}>
        <Table<Setting>
          rowKey="key" size="small" pagination={false} loading={query.isLoading} dataSource={query.data?.items ?? []}
          columns={[
            { title: t('settings.key'), dataIndex: 'key', render: (k: string) => t(`settings.names.${k}`, { defaultValue: k }) },
            { title: t('settings.value'), render: (_, s) => (can('setting.update') ? <SettingEditor setting={s} onSaved={() => query.refetch()} /> : s.value) },
            { title: t('settings.default'), dataIndex: 'default' },
          ]}
        />
      </Card>
      {can('job.run') && <JobsCard />}
    </>
  );
}

function SettingEditor({ setting, onSaved }: { setting: Setting; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [value, setValue] = useState<number | string | null>(setting.value);
  return (
    <Space>
      {typeof setting.default === 'string'
        ? <Input value={String(value ?? '')} onChange={(e) => setValue(e.target.value)} style={{ width: 280 }} />
        : <InputNumber value={value as number | null} onChange={setValue} />}
      <Button size="small" disabled={value === setting.value} onClick={async () => {
        try {
          await api.put(`/api/settings/${setting.key}`, { value });
          message.success(t('common.saved'));
          onSaved();
        } catch (error) {
          showProblem(error);
        }
      }}>{t('common.save')}</Button>
    </Space>
  );
}
