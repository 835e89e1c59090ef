import { Button, DatePicker, Form, Radio, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { toListFilters } from './periodFilters';
import { IssueCertificateButton } from './IssueCertificateButton';
import { totalsGroups, type Totals, type TotalsGroup, type TotalsRow } from './serviceRecordTypes';

/** 服务统计: hours, records and volunteers by volunteer, team, station, place or month, net of reversals, with the sum. */
export function TotalsTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [form] = Form.useForm();
  const list = usePagedList<TotalsRow>('/api/service-records/totals', { by: 'volunteer' });
  const totals = list.query.data as Totals | undefined;
  const by: TotalsGroup = totals?.by ?? 'volunteer';
  const apply = () => list.applyFilters(toListFilters(form.getFieldsValue()));
  return (
    <>
      <Form form={form} layout="inline" initialValues={{ by: 'volunteer' }} onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="by" label={t('serviceRecords.totals.by')}>
          <Radio.Group optionType="button" onChange={apply}
            options={totalsGroups.map((g) => ({ value: g, label: t(`serviceRecords.totals.byOptions.${g}`) }))} />
        </Form.Item>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('serviceRecords.fields.place')} style={{ width: 200 }} /></Form.Item>
        <Form.Item name="period"><DatePicker.RangePicker placeholder={[t('common.from'), t('common.to')]} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<TotalsRow>
        rowKey={(r) => r.key ?? 'none'}
        data-testid="service-totals-table"
        {...list.tableProps}
        columns={[
          { title: t(`serviceRecords.totals.groups.${by}`), dataIndex: 'label', render: (label: string | null) => label ?? t('serviceRecords.totals.none') },
          { title: t('serviceRecords.totals.hours'), dataIndex: 'hours', align: 'right', width: 160 },
          { title: t('serviceRecords.totals.records'), dataIndex: 'records', align: 'right', width: 140 },
          { title: t('serviceRecords.totals.volunteers'), dataIndex: 'volunteers', align: 'right', width: 140 },
          ...(by === 'volunteer' && can('serviceCertificate.issue')
            ? [{ title: t('serviceRecords.fields.actions'), width: 120, render: (_: unknown, r: TotalsRow) => r.key && <IssueCertificateButton volunteerId={r.key} /> }]
            : []),
        ]}
        summary={() => totals && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}><strong>{t('serviceRecords.totals.summary')}</strong></Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right"><strong>{totals.summary.hours}</strong></Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right"><strong>{totals.summary.records}</strong></Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right"><strong>{totals.summary.volunteers}</strong></Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </>
  );
}
