import { Button, InputNumber, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useServiceTypes } from '../service-records/useServiceTypes';

type Percents = Record<string, number>;

/** A percentage per service type in words: 助老服务 150%、环境保护 50%. */
export function usePercentText() {
  const { t } = useTranslation();
  const serviceTypes = useServiceTypes();
  return (value: Percents) => Object.entries(value).map(([code, percent]) => `${serviceTypes.label(code)} ${percent}%`).join('、') || t('timeBank.rules.none');
}

/**
 * Edits a rule that sets a percentage per service type (hours credited, points): one row per
 * service type listed; types not listed count at 100%.
 */
export function PercentByServiceTypeEditor({ value, onChange, max }: { value: Percents; onChange(next: Percents): void; max: number }) {
  const { t } = useTranslation();
  const serviceTypes = useServiceTypes();
  const rows = Object.entries(value).map(([code, percent]) => ({ code, percent }));
  const unused = serviceTypes.options.filter((o) => !(o.value in value));
  const rename = (from: string, to: string) => onChange(Object.fromEntries(rows.map((r) => [r.code === from ? to : r.code, r.percent])));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table
        size="small" pagination={false} rowKey="code" dataSource={rows}
        locale={{ emptyText: t('timeBank.rules.otherTypes') }}
        columns={[
          {
            title: t('timeBank.rules.serviceType'),
            render: (_, row) => (
              <Select style={{ width: 180 }} value={row.code} onChange={(next: string) => rename(row.code, next)} aria-label={t('timeBank.rules.serviceType')}
                options={[{ value: row.code, label: serviceTypes.label(row.code) }, ...unused]} />
            ),
          },
          {
            title: t('timeBank.rules.percent'), width: 140,
            render: (_, row) => (
              <InputNumber min={0} max={max} precision={0} value={row.percent} aria-label={`${serviceTypes.label(row.code)} ${t('timeBank.rules.percent')}`}
                onChange={(next) => onChange({ ...value, [row.code]: next ?? 0 })} />
            ),
          },
          {
            width: 60,
            render: (_, row) => (
              <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={`${t('timeBank.rules.remove')} ${serviceTypes.label(row.code)}`}
                onClick={() => onChange(Object.fromEntries(rows.filter((r) => r.code !== row.code).map((r) => [r.code, r.percent])))} />
            ),
          },
        ]}
      />
      <Space>
        <Button size="small" icon={<PlusOutlined />} disabled={!unused.length} onClick={() => onChange({ ...value, [unused[0].value]: 100 })}>
          {t('timeBank.rules.addType')}
        </Button>
        {rows.length > 0 && <Typography.Text type="secondary">{t('timeBank.rules.otherTypes')}</Typography.Text>}
      </Space>
    </Space>
  );
}
