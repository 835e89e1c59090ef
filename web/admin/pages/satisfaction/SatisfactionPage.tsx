import { useState } from 'react';
import { Button, Card, Form, Input, Select, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { formatDate } from '../../../common/format';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { OpenRoundModal } from './OpenRoundModal';
import { RatingTag } from './RatingTag';
import { roundsKey, type Result, type Round } from './satisfactionTypes';

/** 满意度测评: the rounds of the reader's area, and the organizations up for exit review. */
export default function SatisfactionPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [opening, setOpening] = useState(false);
  const tab = params.get('tab') === 'exit' ? 'exit' : 'rounds';
  return (
    <Card
      title={t('satisfaction.menu')}
      extra={can('satisfaction.manage') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} data-testid="open-round">{t('satisfaction.open')}</Button>}
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'exit' ? { tab: 'exit' } : {})}
        items={[
          { key: 'rounds', label: t('satisfaction.tabs.rounds'), children: <RoundsTable onOpen={(id) => navigate(`/satisfaction/${id}`)} /> },
          { key: 'exit', label: t('satisfaction.tabs.exitReviews'), children: <ExitReviewsTable /> },
        ]}
      />
      {opening && <OpenRoundModal onClose={() => setOpening(false)} onOpened={(id) => navigate(`/satisfaction/${id}`)} />}
    </Card>
  );
}

function RoundsTable({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation();
  const list = usePagedList<Round>(roundsKey);
  return (
    <>
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="state">
          <Select allowClear style={{ width: 140 }} placeholder={t('satisfaction.state')} options={(['open', 'closed'] as const).map((s) => ({ value: s, label: t(`satisfaction.states.${s}`) }))} />
        </Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('satisfaction.title')} style={{ width: 220 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<Round>
        rowKey="id"
        data-testid="rounds-table"
        {...list.tableProps}
        scroll={{ x: 900 }}
        onRow={(r) => ({ onClick: () => onOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('satisfaction.title'), dataIndex: 'title' },
          { title: t('satisfaction.place'), dataIndex: 'placeName', width: 140 },
          { title: t('satisfaction.dates'), width: 200, render: (_, r) => `${r.opensOn} ~ ${r.closesOn}` },
          { title: t('satisfaction.organizations'), dataIndex: 'organizationCount', width: 90 },
          { title: t('satisfaction.evaluators'), width: 140, render: (_, r) => t('satisfaction.progress', { submitted: r.submittedCount, total: r.evaluatorCount }) },
          { title: t('satisfaction.state'), dataIndex: 'state', width: 90, render: (s: Round['state']) => <Tag color={s === 'open' ? 'blue' : 'default'}>{t(`satisfaction.states.${s}`)}</Tag> },
        ]}
      />
    </>
  );
}

function ExitReviewsTable() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = usePagedList<Result & { roundTitle: string }>('/api/satisfaction-exit-reviews');
  return (
    <>
      <Typography.Paragraph type="secondary">{t('satisfaction.exitReviewsHint')}</Typography.Paragraph>
      <Button href={list.exportUrl} style={{ marginBottom: 16 }}>{t('common.export')}</Button>
      <Table<Result & { roundTitle: string }>
        rowKey={(r) => `${r.roundId}:${r.organizationId}`}
        data-testid="exit-reviews-table"
        {...list.tableProps}
        onRow={(r) => ({ onClick: () => navigate(`/organizations/${r.organizationId}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('satisfaction.organization'), dataIndex: 'organizationName' },
          { title: t('satisfaction.place'), dataIndex: 'placeName', width: 140 },
          { title: t('satisfaction.round'), dataIndex: 'roundTitle' },
          { title: t('satisfaction.score'), dataIndex: 'score', width: 100, render: (s: number) => s.toFixed(2) },
          { title: t('satisfaction.rating'), dataIndex: 'rating', width: 110, render: (r: Result['rating']) => <RatingTag rating={r} /> },
          { title: t('satisfaction.closedAt'), dataIndex: 'closedAt', width: 120, render: (d: string) => formatDate(d) },
        ]}
      />
    </>
  );
}
