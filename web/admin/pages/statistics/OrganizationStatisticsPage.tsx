import type { ReactNode } from 'react';
import { Breadcrumb, Button, Card, Table, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, listUrl } from '../../../common/api';
import { orgClasses, orgStatuses, type OrganizationFigures, type OrganizationStatistics, type OrganizationStatisticsRow } from './statisticsTypes';

type Leaf = { key: string; title: ReactNode; width?: number; render: (row: OrganizationFigures) => ReactNode };

/** An average against its target: shown in red, with the word, when the place falls short. */
function Density({ value, meets, short }: { value: number | null; meets: boolean | null; short: string }) {
  if (value === null) return <>—</>;
  return meets === false
    ? <Typography.Text type="danger" strong data-testid="below-target">{value.toFixed(1)} {short}</Typography.Text>
    : <>{value.toFixed(1)}</>;
}

/**
 * 组织发展统计: a node's organizations by status, class and category and its communities' density
 * against the targets, one row per child node; a click on a row opens the level below, the
 * breadcrumb goes back up; the same table as an Excel workbook.
 */
export default function OrganizationStatisticsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get('code') ?? undefined;
  const query = { jurisdictionCode: code };
  const statistics = useQuery({
    queryKey: ['organizationStatistics', code],
    queryFn: () => api.get<OrganizationStatistics>(listUrl('/api/statistics/organizations', query)),
  });
  const go = (next: string) => setParams({ code: next });
  const data = statistics.data;
  const targets = data?.targets ?? { urban: 12, rural: 7 };

  const figure = (key: string, title: ReactNode, value: (row: OrganizationFigures) => ReactNode, width = 76): Leaf => ({ key, title, width, render: value });
  const groups: { title?: ReactNode; leaves: Leaf[] }[] = [
    { leaves: [figure('organizations', t('statistics.organizations'), (r) => r.organizations, 84)] },
    { title: t('statistics.byStatus'), leaves: orgStatuses.map((s) => figure(`status.${s}`, t(`statistics.statuses.${s}`), (r) => r.byStatus[s])) },
    { title: t('statistics.activeByClass'), leaves: orgClasses.map((c) => figure(`class.${c}`, t(`statistics.classes.${c}`), (r) => r.activeByClass[c])) },
    {
      title: t('statistics.activeByCategory'),
      leaves: (data?.categories ?? []).map((c) => figure(`category.${c.code}`, c.label, (r) => r.activeByCategory[c.code] ?? 0, 90)),
    },
    {
      title: t('statistics.urban'),
      leaves: [
        figure('urbanCommunities', t('statistics.communities'), (r) => r.urbanCommunities),
        figure('urbanOrganizations', t('statistics.communityOrganizations'), (r) => r.urbanOrganizations),
        figure('urbanDensity', t('statistics.density', { target: targets.urban }), (r) => (
          <Density value={r.urbanDensity} meets={r.urbanMeetsTarget} short={t('statistics.short')} />
        ), 110),
      ],
    },
    {
      title: t('statistics.rural'),
      leaves: [
        figure('ruralCommunities', t('statistics.communities'), (r) => r.ruralCommunities),
        figure('ruralOrganizations', t('statistics.communityOrganizations'), (r) => r.ruralOrganizations),
        figure('ruralDensity', t('statistics.density', { target: targets.rural }), (r) => (
          <Density value={r.ruralDensity} meets={r.ruralMeetsTarget} short={t('statistics.short')} />
        ), 110),
      ],
    },
    { leaves: [figure('communitiesBelowTarget', t('statistics.belowTarget'), (r) => r.communitiesBelowTarget, 90)] },
  ];
  const leaves = groups.flatMap((g) => g.leaves);
  const column = (leaf: Leaf): TableColumnsType<OrganizationStatisticsRow>[number] => ({
    key: leaf.key, title: leaf.title, align: 'right', width: leaf.width,
    render: (_: unknown, row: OrganizationStatisticsRow) => leaf.render(row),
  });
  const figureColumns: TableColumnsType<OrganizationStatisticsRow> = groups.flatMap((g) => (g.title && g.leaves.length
    ? [{ key: `group.${g.leaves[0].key}`, title: g.title, children: g.leaves.map(column) }]
    : g.leaves.map(column)));

  return (
    <Card
      title={t('statistics.organizationsTitle')}
      extra={<Button icon={<DownloadOutlined />} href={listUrl('/api/statistics/organizations', { ...query, format: 'xlsx' })}>{t('common.export')}</Button>}
    >
      {data && (
        <Breadcrumb
          style={{ marginBottom: 16 }}
          data-testid="statistics-breadcrumb"
          items={data.path.map((p, i) => ({
            title: i === data.path.length - 1 ? p.name : <a onClick={() => go(p.code)}>{p.name}</a>,
          }))}
        />
      )}
      <Table<OrganizationStatisticsRow>
        rowKey={(row) => `${row.code}${row.self ? '-self' : ''}`}
        size="small"
        bordered
        data-testid="statistics-table"
        loading={statistics.isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(row) => (row.self ? {} : { onClick: () => go(row.code), style: { cursor: 'pointer' } })}
        columns={[
          {
            key: 'name', title: t('statistics.place'), fixed: 'left', width: 150,
            render: (_, row) => (row.self ? t('statistics.ownLevel', { name: row.name }) : <a>{row.name}</a>),
          },
          ...figureColumns,
        ]}
        summary={() => data && (
          <Table.Summary.Row data-testid="statistics-totals">
            <Table.Summary.Cell index={0}><b>{t('statistics.total')}</b></Table.Summary.Cell>
            {leaves.map((leaf, i) => (
              <Table.Summary.Cell key={leaf.key} index={i + 1} align="right">{leaf.render(data.total)}</Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('statistics.note', { urban: targets.urban, rural: targets.rural })} {t('statistics.drillHint')}
      </Typography.Paragraph>
    </Card>
  );
}
