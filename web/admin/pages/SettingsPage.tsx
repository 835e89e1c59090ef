import { App, Button, Card, Input, InputNumber, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../common/api';
import { useSession } from '../session';
import { useProblem } from '../components/useProblem';
import { JobsCard } from './JobsCard';
import { PercentByServiceTypeEditor, usePercentText } from './time-bank/PercentByServiceType';

/** A record (the time bank's and points' percentages per service type) maps a service type to a percentage. */
type SettingValue = number | string | string[] | Record<string, number>;
const isRecord = (value: SettingValue | null): value is Record<string, number> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Options of list settings: filing items, or the time bank's transfer relations. */
const optionKeys = (v: string) => [`settings.options.${v}`, `timeBank.relations.${v}`];
/** `options`: the values a list setting may hold (the server reads them from the setting's schema). */
type Setting = { key: string; value: SettingValue; default: SettingValue; options?: string[] };

/** A list setting's values by their labels, percentages per service type in words; other settings as they are. */
function useShowValue() {
  const { t } = useTranslation();
  const percentText = usePercentText();
  return (value: SettingValue) => {
    if (Array.isArray(value)) return value.map((v) => t(optionKeys(v), { defaultValue: v })).join('、') || t('settings.none');
    return isRecord(value) ? percentText(value) : value;
  };
}

const sameValue = (a: SettingValue | null, b: SettingValue) => JSON.stringify(a) === JSON.stringify(b);

export default function SettingsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const show = useShowValue();
  const query = useQuery({ queryKey: ['settings'], queryFn: () => api.get<{ items: Setting[] }>('/api/settings') });
  return (
    <>
      <Card title={t('menu.settings')}>
        <Table<Setting>
          rowKey="key" size="small" pagination={false} loading={query.isLoading} dataSource={query.data?.items ?? []}
          columns={[
            { title: t('settings.key'), dataIndex: 'key', render: (k: string) => t(`settings.names.${k}`, { defaultValue: k }) },
            { title: t('settings.value'), render: (_, s) => (can('setting.update') ? <SettingEditor setting={s} onSaved={() => query.refetch()} /> : show(s.value)) },
            { title: t('settings.default'), render: (_, s) => show(s.default) },
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
  const [value, setValue] = useState<SettingValue | null>(setting.value);
  const editor = () => {
    if (setting.options) {
      return (
        <Select
          mode="multiple" allowClear style={{ width: 420 }} value={value as string[]} onChange={(v: string[]) => setValue(v)}
          options={setting.options.map((o) => ({ value: o, label: t(optionKeys(o), { defaultValue: o }) }))}
          placeholder={t('settings.none')} data-testid={`setting-${setting.key}`}
        />
      );
    }
    if (isRecord(setting.default)) return <PercentByServiceTypeEditor value={value as Record<string, number>} onChange={setValue} max={1000} />;
    if (typeof setting.default === 'string') return <Input value={String(value ?? '')} onChange={(e) => setValue(e.target.value)} style={{ width: 280 }} />;
    return <InputNumber value={value as number | null} onChange={setValue} />;
  };
  return (
    <Space>
      {editor()}
      <Button size="small" disabled={sameValue(value, setting.value)} onClick={async () => {
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
