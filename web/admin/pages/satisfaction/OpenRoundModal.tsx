import { useEffect } from 'react';
import { Button, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, type ListResult } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { Dialog } from '../../components/Dialog';

type Item = { key?: string; label: string };
type Values = { title: string; scale: 'three_level' | 'five_point'; dates: [Dayjs, Dayjs]; items: Item[]; organizationIds: string[] };

const defaultItems = [
  { key: 'service', zh: '服务成效', en: 'Service results' }, { key: 'participation', zh: '居民参与', en: 'Residents’ participation' },
  { key: 'conduct', zh: '规范运作', en: 'Proper conduct' }, { key: 'overall', zh: '总体评价', en: 'Overall' },
];

/** Opens a round for the active organizations of the reader's community or street (all of them, unless some are removed). */
export function OpenRoundModal({ onClose, onOpened }: { onClose(): void; onOpened(id: string): void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const showProblem = useProblem();
  const organizations = useQuery({
    queryKey: ['/api/organizations', 'active'],
    queryFn: () => api.get<ListResult<{ id: string; name: string }>>('/api/organizations?status=active&pageSize=200'),
  });
  useEffect(() => {
    if (organizations.data) form.setFieldValue('organizationIds', organizations.data.items.map((o) => o.id));
  }, [organizations.data, form]);

  const submit = async () => {
    const values = await form.validateFields();
    try {
      const round = await api.post<{ id: string }>('/api/satisfaction-rounds', {
        title: values.title, scale: values.scale,
        opensOn: values.dates[0].format('YYYY-MM-DD'), closesOn: values.dates[1].format('YYYY-MM-DD'),
        // Items typed here get keys of their own; the default ones keep theirs.
        items: values.items.map((item, i) => ({ key: item.key ?? `item_${i + 1}`, label: item.label.trim() })),
        organizationIds: values.organizationIds,
      });
      onOpened(round.id);
    } catch (error) {
      showProblem(error, form);
    }
  };
  const initialValues = {
    title: t('satisfaction.defaultTitle', { year: dayjs().year() }), scale: 'three_level' as const, dates: [dayjs(), dayjs().add(14, 'day')],
    items: defaultItems.map((item) => ({ key: item.key, label: i18n.language === 'en' ? item.en : item.zh })),
  };
  return (
    <Dialog title={t('satisfaction.open')} onCancel={onClose} onOk={submit} okText={t('satisfaction.open')} cancelText={t('common.cancel')} width={640}>
      <Form form={form} layout="vertical" name="open-round" initialValues={initialValues}>
        <Form.Item name="title" label={t('satisfaction.title')} rules={[{ required: true, whitespace: true, min: 2, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="dates" label={t('satisfaction.dates')} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="scale" label={t('satisfaction.scale')}>
          <Radio.Group options={(['three_level', 'five_point'] as const).map((s) => ({ value: s, label: t(`satisfaction.scales.${s}`) }))} />
        </Form.Item>
        <Form.Item label={t('satisfaction.items')} required>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item name={[field.name, 'label']} rules={[{ required: true, whitespace: true, max: 30 }]} style={{ marginBottom: 0 }}>
                      <Input placeholder={t('satisfaction.itemLabel')} maxLength={30} style={{ width: 260 }} />
                    </Form.Item>
                    {fields.length > 1 && <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('satisfaction.removeItem')} />}
                  </Space>
                ))}
                {fields.length < 10 && <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ label: '' })}>{t('satisfaction.addItem')}</Button>}
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="organizationIds" label={t('satisfaction.organizations')} extra={t('satisfaction.organizationsHelp')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Select
            mode="multiple" loading={organizations.isLoading} optionFilterProp="label" maxTagCount="responsive"
            options={organizations.data?.items.map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
