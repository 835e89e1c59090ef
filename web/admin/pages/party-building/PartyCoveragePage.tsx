import { Breadcrumb, Button, Card, Space, Switch, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, listUrl } from '../../../common/api';
import { formatRate, type Coverage, type CoverageFigures, type CoverageRow } from './partyBuildingTypes';
import { UncoveredOrganizations } from './UncoveredOrganizations';

/**
 * 党建覆盖 (两个覆盖): a node's figures by child node; a click on a row opens the level below, the
 * breadcrumb goes back up; below, the node's organizations without a party branch.
 */
export default function PartyCoveragePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get('code') ?? undefined;
  const includeGuided = params.get('includeGuided') === 'true';
  const query = { jurisdictionCode: code, includeGuided: includeGuided || undefined };
  const coverage = useQuery({
    queryKey: ['partyCoverage', code, includeGuided],
    queryFn: () => api.get<Coverage>(listUrl('/api/party-building/coverage', query)),
  });
  const go = (next: { code?: string; includeGuided?: boolean }) => {
    const merged = { code, includeGuided, ...next };
    setParams(Object.fromEntries(Object.entries({ code: merged.code, includeGuided: merged.includeGuided ? 'true' : undefined })
      .filter((e): e is [string, string] => Boolean(e[1]))));
  };
  const data = coverage.data;
  const figure = (key: keyof CoverageFigures, title: string, rate = false) => ({
    key, title, align: 'right' as const, width: rate ? 100 : 84,
    render: (_: unknown, row: CoverageFigures) => (rate ? formatRate(row[key] as number | null) : row[key]),
  });
  const columns = [
    figure('active', t('partyBuilding.active')),
    figure('ownBranch', t('partyBuilding.ownBranch')),
    figure('jointBranch', t('partyBuilding.jointBranch')),
    figure('organizational', t('partyBuilding.organizational')),
    figure('organizationalRate', t('partyBuilding.organizationalRate'), true),
    figure('instructor', t('partyBuilding.instructorCovered')),
    figure('work', t('partyBuilding.work')),
    figure('workRate', t('partyBuilding.workRate'), true),
    figure('leaderPartyMembers', t('partyBuilding.leaderPartyMembers')),
    figure('partyMembers', t('partyBuilding.partyMembers')),
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card
        title={t('partyBuilding.coverageTitle')}
        extra={(
          <Space>
            <Switch checked={includeGuided} onChange={(on) => go({ includeGuided: on })} data-testid="include-guided" />
            {t('partyBuilding.includeGuided')}
            <Button icon={<DownloadOutlined />} href={listUrl('/api/party-building/coverage', { ...query, format: 'xlsx' })}>{t('common.export')}</Button>
          </Space>
        )}
      >
        {data && (
          <Breadcrumb
            style={{ marginBottom: 16 }}
            data-testid="coverage-breadcrumb"
            items={data.path.map((p, i) => ({
              title: i === data.path.length - 1 ? p.name : <a onClick={() => go({ code: p.code })}>{p.name}</a>,
            }))}
          />
        )}
        <Table<CoverageRow>
          rowKey="code"
          size="small"
          data-testid="coverage-table"
          loading={coverage.isFetching}
          dataSource={data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(row) => (row.self ? {} : { onClick: () => go({ code: row.code }), style: { cursor: 'pointer' } })}
          columns={[
            {
              key: 'name', title: t('partyBuilding.place'), fixed: 'left', width: 160,
              render: (_, row) => (row.self ? t('partyBuilding.ownLevel', { name: row.name }) : <a>{row.name}</a>),
            },
            ...columns,
          ]}
          summary={() => data && (
            <Table.Summary.Row data-testid="coverage-totals">
              <Table.Summary.Cell index={0}><b>{t('partyBuilding.total')}</b></Table.Summary.Cell>
              {columns.map((c, i) => (
                <Table.Summary.Cell key={c.key} index={i + 1} align="right">{c.render(undefined, data.totals)}</Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('partyBuilding.countNote')} {t('partyBuilding.drillHint')}
        </Typography.Paragraph>
      </Card>
      {data && <UncoveredOrganizations key={`${data.node.code}-${includeGuided}`} jurisdictionCode={data.node.code} includeGuided={includeGuided} />}
    </Space>
  );
}
