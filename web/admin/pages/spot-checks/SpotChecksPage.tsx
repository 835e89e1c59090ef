import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Table, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatTime } from '../../../common/format';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { NewDrawModal } from './NewDrawModal';
import { CheckActions } from './CheckActions';
import { useCheckColumns } from './CheckColumns';
import type { Check, Draw } from './spotCheckTypes';

/** 双随机抽查: the bureau's draws, the checks of organizations in reach, and who is not checked yet this year. */
export default function SpotChecksPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const tabs = [
    can('spotCheck.draw') && { key: 'draws', label: t('spotChecks.tabs.draws'), children: <DrawsTab /> },
    { key: 'checks', label: t('spotChecks.tabs.checks'), children: <ChecksTab /> },
    { key: 'coverage', label: t('spotChecks.tabs.coverage'), children: <CoverageTab /> },
  ].filter((tab) => tab !== false);
  return <Card title={t('spotChecks.title')}><Tabs items={tabs} /></Card>;
}

function DrawsTab() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = usePagedList<Draw>('/api/spot-check-draws');
  const [drawing, setDrawing] = useState(false);
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawing(true)} style={{ marginBottom: 16 }} data-testid="new-draw">{t('spotChecks.newDraw')}</Button>
      <Table<Draw>
        rowKey="id" data-testid="draws-table" {...list.tableProps}
        onRow={(d) => ({ onClick: () => navigate(`/spot-checks/${d.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('spotChecks.drawTitle'), dataIndex: 'title' },
          { title: t('spotChecks.year'), dataIndex: 'year', width: 80 },
          { title: t('spotChecks.share'), dataIndex: 'sharePercent', width: 120 },
          { title: t('spotChecks.population'), dataIndex: 'populationCount', width: 120 },
          { title: t('spotChecks.drawn'), dataIndex: 'drawnCount', width: 100 },
          { title: t('spotChecks.completed'), dataIndex: 'completedCount', width: 100 },
          { title: t('spotChecks.drawnAt'), dataIndex: 'createdAt', width: 170, render: (d: string) => formatTime(d) },
        ]}
      />
      {drawing && <NewDrawModal onClose={() => setDrawing(false)} onSaved={(d) => { setDrawing(false); navigate(`/spot-checks/${d.id}`); }} />}
    </>
  );
}

function ChecksTab() {
  const { t } = useTranslation();
  const list = usePagedList<Check>('/api/spot-checks');
  const columns = useCheckColumns();
  return (
    <>
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="state">
          <Select allowClear style={{ width: 140 }} placeholder={t('spotChecks.state')}
            options={(['planned', 'completed'] as const).map((s) => ({ value: s, label: t(`spotChecks.states.${s}`) }))} />
        </Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('spotChecks.notices.keyword')} style={{ width: 200 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<Check> rowKey="id" data-testid="checks-table" {...list.tableProps} scroll={{ x: 1000 }}
        columns={[...columns, { title: '', width: 190, render: (_, c) => <CheckActions check={c} onChanged={() => list.query.refetch()} /> }]} />
    </>
  );
}

function CoverageTab() {
  const { t } = useTranslation();
  const list = usePagedList<{ id: string; name: string; orgClass: 'filed' | 'registered'; streetName: string | null; placeName: string | null }>('/api/spot-checks/coverage');
  const year = new Date().getFullYear();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('spotChecks.coverageHint', { year })} action={<Button size="small" href={list.exportUrl}>{t('common.export')}</Button>} />
      <Table rowKey="id" data-testid="coverage-table" {...list.tableProps} locale={{ emptyText: t('spotChecks.noUnchecked') }}
        columns={[
          { title: t('spotChecks.organization'), dataIndex: 'name' },
          { title: t('spotChecks.orgClass'), dataIndex: 'orgClass', width: 120, render: (c: 'filed' | 'registered') => t(`spotChecks.classes.${c}`) },
          { title: t('spotChecks.place'), render: (_, o) => [o.streetName, o.placeName].filter(Boolean).join(' ') },
        ]} />
    </>
  );
}
