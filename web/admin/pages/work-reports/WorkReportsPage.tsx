import { useState } from 'react';
import { Alert, Button, Card, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, listUrl, type ListResult } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { useActiveOrganizations } from '../organizations/useActiveOrganizations';
import {
  formatYuan, useReportPeriods, workReportStateColors, workReportStates, type MissingReport, type ReportPeriods, type WorkReportListItem,
} from './workReportTypes';

/**
 * 向“两委”报告: a leader writes its organizations' reports; the committee, street and bureau see
 * those of their area, and which organizations have not reported for the last period.
 */
export default function WorkReportsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const periods = useReportPeriods().data;
  const list = usePagedList<WorkReportListItem>('/api/work-reports');
  const periodOptions = periods?.periods.map((p) => ({ value: p.period, label: p.label })) ?? [];
  const periodLabel = (period: string) => periods?.periods.find((p) => p.period === period)?.label ?? period;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {can('workReport.submit') && periods && <WriteCard periods={periods} />}
      {periods && <MissingCard periods={periods} />}
      <Card title={t('workReports.title')}>
        <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item name="period"><Select allowClear style={{ width: 180 }} placeholder={t('workReports.period')} options={periodOptions} /></Form.Item>
          <Form.Item name="state">
            <Select allowClear style={{ width: 130 }} placeholder={t('workReports.state')} options={workReportStates.map((s) => ({ value: s, label: t(`workReports.states.${s}`) }))} />
          </Form.Item>
          {!can('workReport.submit') && <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('workReports.place')} style={{ width: 220 }} /></Form.Item>}
          <Button type="primary" htmlType="submit">{t('common.search')}</Button>
          <Button href={list.exportUrl}>{t('common.export')}</Button>
        </Form>
        <Table<WorkReportListItem>
          rowKey="id"
          data-testid="work-reports-table"
          {...list.tableProps}
          scroll={{ x: 1000 }}
          onRow={(r) => ({ onClick: () => navigate(`/work-reports/${r.id}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('workReports.period'), dataIndex: 'period', render: (p: string, r) => periodLabel(p) || r.periodLabel },
            { title: t('workReports.place'), dataIndex: 'placeName' },
            { title: t('workReports.organization'), dataIndex: 'organizationName' },
            { title: t('workReports.state'), dataIndex: 'state', render: (s: WorkReportListItem['state']) => <Tag color={workReportStateColors[s]}>{t(`workReports.states.${s}`)}</Tag> },
            { title: t('workReports.activitiesHeld'), dataIndex: 'activitiesHeld', align: 'right' },
            { title: t('workReports.participants'), dataIndex: 'participants', align: 'right' },
            { title: t('workReports.fundsOut'), dataIndex: 'fundsOutFen', align: 'right', render: formatYuan },
            { title: t('workReports.submittedAt'), dataIndex: 'submittedAt', render: (v: string) => formatTime(v, i18n.language) },
          ]}
        />
      </Card>
    </Space>
  );
}

/** The leader picks one of their organizations and a period, and writes (or opens) its report. */
function WriteCard({ periods }: { periods: ReportPeriods }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organizations = useActiveOrganizations();
  const [organizationId, setOrganizationId] = useState<string>();
  const [period, setPeriod] = useState(periods.lastEnded);
  const { options } = organizations;
  if (organizations.loaded && !options.length) return <Alert type="info" showIcon message={t('workReports.noOrganization')} />;
  return (
    <Card title={t('workReports.write')}>
      <Space wrap>
        <Select style={{ width: 260 }} placeholder={t('workReports.organization')} value={organizationId} onChange={setOrganizationId} options={options} data-testid="write-organization" />
        <Select style={{ width: 180 }} value={period} onChange={setPeriod} options={periods.periods.map((p) => ({ value: p.period, label: p.label }))} data-testid="write-period" />
        <Button type="primary" disabled={!organizationId} onClick={() => navigate(`/work-reports/new/${organizationId}/${period}`)} data-testid="write-report">
          {t('workReports.write')}
        </Button>
      </Space>
    </Card>
  );
}

/** The organizations that owe a report for a period (the last ended one first). */
function MissingCard({ periods }: { periods: ReportPeriods }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(periods.lastEnded);
  const missing = useQuery({
    queryKey: ['/api/work-reports/missing', period],
    queryFn: () => api.get<ListResult<MissingReport> & { periodLabel: string; dueOn: string; overdue: boolean }>(listUrl('/api/work-reports/missing', { period, pageSize: 200 })),
  });
  const data = missing.data;
  return (
    <Card
      title={<Space>{t('workReports.missing')}{data && <Tag color={data.total ? 'red' : 'green'}>{data.total}</Tag>}</Space>}
      extra={(
        <Space>
          <Select style={{ width: 180 }} value={period} onChange={setPeriod} options={periods.periods.slice(1).map((p) => ({ value: p.period, label: p.label }))} />
          <Button href={listUrl('/api/work-reports/missing', { period, format: 'xlsx' })}>{t('common.export')}</Button>
        </Space>
      )}
    >
      {data && (
        <Typography.Paragraph type="secondary">
          {t('workReports.missingHint', { period: data.periodLabel, dueOn: data.dueOn })}
          {data.overdue && data.total > 0 && <Tag color="red" style={{ marginLeft: 8 }}>{t('workReports.overdue')}</Tag>}
        </Typography.Paragraph>
      )}
      <Table<MissingReport>
        rowKey="organizationId"
        size="small"
        data-testid="missing-reports"
        loading={missing.isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('workReports.place'), dataIndex: 'placeName' },
          { title: t('workReports.organization'), dataIndex: 'organizationName' },
        ]}
      />
    </Card>
  );
}
