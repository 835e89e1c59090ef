import { Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgClass, OrgStatus } from '../organizations/organizationTypes';
import { orgClasses, useOrgVocabulary } from '../organizations/useOrgVocabulary';
import type { LedgerEvent, LedgerFigures as Figures, LedgerRegistration } from './ledgerTypes';

/** The order the ledger's workbook uses: active first. */
const statusOrder: OrgStatus[] = ['active', 'draft', 'terminated', 'revoked', 'rejected'];

/** A ledger's figures in the same blocks as its workbook: counts, categories, the period, the listings. */
export function LedgerFigures({ figures: f }: { figures: Figures }) {
  const { t } = useTranslation();
  const words = useOrgVocabulary();
  const total = t('hubLedgers.total');
  type Row = { key: string; label: string; values: number[] };
  const numberColumns = (headers: string[]) => headers.map((title, i) => ({ title, key: String(i), align: 'right' as const, render: (_: unknown, r: Row) => r.values[i] }));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  const classRows: Row[] = orgClasses.map((c: OrgClass) => {
    const values = statusOrder.map((s) => f.byClassStatus[c][s]);
    return { key: c, label: words.classLabel(c), values: [...values, sum(values)] };
  });
  classRows.push({ key: 'total', label: total, values: [...statusOrder.map((s) => sum(orgClasses.map((c) => f.byClassStatus[c][s]))), f.totals.organizations] });

  const categoryRows: Row[] = f.byCategory.map((c) => ({ key: c.code, label: words.categoryLabel(c.code), values: [...orgClasses.map((k) => c[k]), c.total] }));
  categoryRows.push({ key: 'total', label: total, values: [...orgClasses.map((k) => sum(f.byCategory.map((c) => c[k]))), f.totals.active] });

  const periodRows: Row[] = [
    { key: 'hubs', label: t('hubLedgers.hubs'), values: [f.totals.hubs] },
    { key: 'members', label: t('hubLedgers.activeMembers'), values: [f.totals.activeMembers] },
    ...(['filings', 'changes', 'terminations', 'revocations', 'registrations'] as const).map((k) => ({ key: k, label: t(`hubLedgers.${k}`), values: [f[k].length] })),
  ];

  const block = (title: string, labelTitle: string, headers: string[], rows: Row[], testId: string) => (
    <>
      <Typography.Title level={5}>{title}</Typography.Title>
      <Table<Row> rowKey="key" size="small" bordered pagination={false} data-testid={testId} style={{ marginBottom: 24 }} dataSource={rows}
        columns={[{ title: labelTitle, dataIndex: 'label' }, ...numberColumns(headers)]} />
    </>
  );

  const eventColumns = [
    { title: t('hubLedgers.name'), dataIndex: 'name' },
    { title: t('hubLedgers.place'), dataIndex: 'placeName' },
    { title: t('hubLedgers.orgClass'), dataIndex: 'orgClass', render: (c: OrgClass) => words.classLabel(c) },
    { title: t('hubLedgers.category'), dataIndex: 'category', render: (c: string) => words.categoryLabel(c) },
    { title: t('hubLedgers.date'), dataIndex: 'on' },
    { title: t('hubLedgers.certificate'), dataIndex: 'certificateNumber' },
  ];
  const events = (rows: LedgerEvent[]) => <Table<LedgerEvent> rowKey="organizationId" size="small" pagination={false} dataSource={rows} columns={eventColumns} />;

  return (
    <>
      {block(t('hubLedgers.byClassStatus'), t('hubLedgers.orgClass'), [...statusOrder.map((s) => words.statusLabel(s)), total], classRows, 'figures-class-status')}
      {block(t('hubLedgers.byCategory'), t('hubLedgers.category'), [...orgClasses.map((c) => words.classLabel(c)), total], categoryRows, 'figures-category')}
      {block(t('hubLedgers.periodFigures'), t('hubLedgers.item'), [t('hubLedgers.count')], periodRows, 'figures-period')}
      <Tabs
        items={[
          ...(['filings', 'changes', 'terminations', 'revocations'] as const).map((k) => ({ key: k, label: `${t(`hubLedgers.${k}`)}（${f[k].length}）`, children: events(f[k]) })),
          {
            key: 'registrations', label: `${t('hubLedgers.registrations')}（${f.registrations.length}）`,
            children: (
              <Table<LedgerRegistration> rowKey="organizationId" size="small" pagination={false} dataSource={f.registrations}
                columns={[
                  { title: t('hubLedgers.name'), dataIndex: 'name' },
                  { title: t('hubLedgers.place'), dataIndex: 'placeName' },
                  { title: t('regLedger.creditCode'), dataIndex: 'creditCode' },
                  { title: t('regLedger.registeredType'), dataIndex: 'registeredType', render: (r: string | null) => r && t(`regLedger.registeredTypes.${r}`) },
                  { title: t('regLedger.registrationAuthority'), dataIndex: 'registrationAuthority' },
                  { title: t('regLedger.registeredOn'), dataIndex: 'registeredOn' },
                ]} />
            ),
          },
        ]}
      />
    </>
  );
}
