import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Select, Table, Tabs, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { formatTime } from '../../../common/format';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { stateColors, type AnnualReport, type MissingAnnualReport } from './annualReportTypes';
import { AnnualReportDrawer } from './AnnualReportDrawer';
import { StartReportModal } from './StartReportModal';

const lastYear = new Date().getFullYear() - 1;

/** 年报: the reports of the actor's area (a leader: their own), those waiting for my review, and who has not filed. */
export default function AnnualReportsPage() {
  const { t } = useTranslation();
  const { session, can } = useSession();
  const navigate = useNavigate();
  const { id } = useParams();
  const [starting, setStarting] = useState(false);
  const reviewer = session!.user.role === 'street' || session!.user.role === 'bureau';
  const tabs = [
    { key: 'reports', label: t('annualReports.tabs.reports'), children: <ReportList onOpen={(r) => navigate(`/annual-reports/${r}`)} /> },
    ...(reviewer ? [{ key: 'todo', label: t('annualReports.tabs.todo'), children: <ReportList todo onOpen={(r) => navigate(`/annual-reports/${r}`)} /> }] : []),
    { key: 'missing', label: t('annualReports.tabs.missing'), children: <MissingList /> },
  ];
  return (
    <Card
      title={t('annualReports.title')}
      extra={can('annualReport.submit') && <Button type="primary" icon={<EditOutlined />} onClick={() => setStarting(true)} data-testid="write-annual-report">{t('annualReports.write')}</Button>}
    >
      <Tabs items={tabs} defaultActiveKey={reviewer ? 'todo' : 'reports'} destroyOnHidden />
      {starting && <StartReportModal onClose={() => setStarting(false)} />}
      {id && <AnnualReportDrawer id={id} onClose={() => navigate('/annual-reports')} />}
    </Card>
  );
}

function ReportList({ todo, onOpen }: { todo?: boolean; onOpen(id: string): void }) {
  const { t, i18n } = useTranslation();
  const list = usePagedList<AnnualReport>('/api/annual-reports', todo ? { todo: true } : {});
  return (
    <>
      <Form layout="inline" onFinish={(v) => list.applyFilters({ ...v, todo })} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="year"><InputNumber placeholder={t('annualReports.year')} min={2000} max={2100} style={{ width: 110 }} /></Form.Item>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('annualReports.place')} style={{ width: 220 }} /></Form.Item>
        {!todo && (
          <Form.Item name="state">
            <Select allowClear style={{ width: 130 }} placeholder={t('annualReports.state')}
              options={(['submitted', 'returned', 'accepted', 'draft'] as const).map((s) => ({ value: s, label: t(`annualReports.states.${s}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="q"><Input allowClear placeholder={t('annualReports.organization')} style={{ width: 200 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<AnnualReport>
        rowKey="id"
        data-testid={todo ? 'annual-reports-todo' : 'annual-reports-table'}
        {...list.tableProps}
        onRow={(r) => ({ onClick: () => onOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('annualReports.organization'), dataIndex: 'organizationName' },
          { title: t('annualReports.place'), dataIndex: 'placeName', width: 140 },
          { title: t('annualReports.year'), dataIndex: 'year', width: 80 },
          { title: t('annualReports.state'), dataIndex: 'state', width: 120, render: (s: AnnualReport['state'], r) => <Tag color={stateColors[s]}>{i18n.language === 'en' ? r.stateLabel.en : r.stateLabel.zh}</Tag> },
          { title: t('annualReports.submittedAt'), dataIndex: 'submittedAt', width: 170, render: (d: string | null, r) => <>{formatTime(d)} {r.late && d && <Tag color="red">{t('annualReports.late')}</Tag>}</> },
        ]}
      />
    </>
  );
}

function MissingList() {
  const { t } = useTranslation();
  const list = usePagedList<MissingAnnualReport>('/api/annual-reports/missing', { year: lastYear });
  const data = list.query.data as (typeof list.query.data & { year: number; dueOn: string }) | undefined;
  return (
    <>
      <Form layout="inline" initialValues={{ year: lastYear }} onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="year"><InputNumber min={2000} max={2100} style={{ width: 110 }} /></Form.Item>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('annualReports.place')} style={{ width: 220 }} /></Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('annualReports.organization')} style={{ width: 200 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      {data && <Typography.Paragraph type="secondary">{t('annualReports.missingIntro', { year: data.year, dueOn: data.dueOn })}</Typography.Paragraph>}
      <Table<MissingAnnualReport>
        rowKey="organizationId"
        data-testid="annual-reports-missing"
        {...list.tableProps}
        columns={[
          { title: t('annualReports.organization'), dataIndex: 'organizationName' },
          { title: t('annualReports.place'), render: (_, r) => [r.streetName, r.placeName].filter(Boolean).join(' ') },
          { title: t('annualReports.dueOn'), dataIndex: 'dueOn', width: 120 },
          { title: t('annualReports.state'), dataIndex: 'overdue', width: 110, render: (o: boolean) => <Tag color={o ? 'red' : 'default'}>{t(o ? 'annualReports.overdue' : 'annualReports.notDue')}</Tag> },
        ]}
      />
    </>
  );
}
