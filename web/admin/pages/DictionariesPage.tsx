import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Switch, Table, Tabs } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../common/api';
import { useProblem } from '../components/useProblem';
import { Dialog } from '../components/Dialog';

type Entry = { code: string; labelZh: string; labelEn: string; sort: number; enabled: boolean };
type Dictionary = { type: string; nameZh: string; nameEn: string; entries: Entry[] };

export default function DictionariesPage() {
  const { t, i18n } = useTranslation();
  const query = useQuery({ queryKey: ['dictionaries'], queryFn: () => api.get<{ types: Dictionary[] }>('/api/dictionaries') });
  const [editing, setEditing] = useState<{ type: string; entry: Entry | null } | null>(null);
  return (
    <Card title={t('menu.dictionaries')} loading={query.isLoading}>
      <Tabs
        items={(query.data?.types ?? []).map((d) => ({
          key: d.type,
          label: i18n.language === 'en' ? d.nameEn : d.nameZh,
          children: (
            <>
              <Button style={{ marginBottom: 12 }} onClick={() => setEditing({ type: d.type, entry: null })}>{t('dictionaries.addEntry')}</Button>
              <Table<Entry>
                rowKey="code" size="small" pagination={false} dataSource={d.entries}
                columns={[
                  { title: t('dictionaries.code'), dataIndex: 'code' },
                  { title: t('dictionaries.labelZh'), dataIndex: 'labelZh' },
                  { title: t('dictionaries.labelEn'), dataIndex: 'labelEn' },
                  { title: t('dictionaries.sort'), dataIndex: 'sort' },
                  { title: t('dictionaries.enabled'), dataIndex: 'enabled', render: (v: boolean) => (v ? t('common.yes') : t('common.no')) },
                  { title: t('common.actions'), render: (_, e) => <Button size="small" onClick={() => setEditing({ type: d.type, entry: e })}>{t('common.edit')}</Button> },
                ]}
              />
            </>
          ),
        }))}
      />
      {editing && <EntryForm {...editing} onDone={async () => { setEditing(null); await query.refetch(); }} onCancel={() => setEditing(null)} />}
    </Card>
  );
}

function EntryForm({ type, entry, onDone, onCancel }: { type: string; entry: Entry | null; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      if (entry) await api.put(`/api/dictionaries/${type}/${entry.code}`, { labelZh: values.labelZh, labelEn: values.labelEn, sort: values.sort, enabled: values.enabled });
      else await api.post(`/api/dictionaries/${type}`, { code: values.code, labelZh: values.labelZh, labelEn: values.labelEn, sort: values.sort });
      message.success(t('common.saved'));
      onDone();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={entry ? t('common.edit') : t('dictionaries.addEntry')} onOk={submit} onCancel={onCancel} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Form form={form} layout="vertical" initialValues={entry ?? { sort: 0, enabled: true }}>
        <Form.Item name="code" label={t('dictionaries.code')} rules={[{ required: true }]}><Input disabled={Boolean(entry)} /></Form.Item>
        <Form.Item name="labelZh" label={t('dictionaries.labelZh')} rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item name="labelEn" label={t('dictionaries.labelEn')} rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item name="sort" label={t('dictionaries.sort')}><InputNumber min={0} /></Form.Item>
        {entry && <Form.Item name="enabled" label={t('dictionaries.enabled')} valuePropName="checked"><Switch /></Form.Item>}
      </Form>
    </Dialog>
  );
}
