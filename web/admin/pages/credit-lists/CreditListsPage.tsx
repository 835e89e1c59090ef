import { useState } from 'react';
import { Button, Card, Checkbox, Form, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import type { CreditEntry } from './creditTypes';
import { CreditEntryDrawer } from './CreditEntryDrawer';
import { EnterCreditEntryModal } from './EnterCreditEntryModal';

/** 信用名录: entries of the actor's area (a leader: their own), on the list or removed, with objections and repair. */
export default function CreditListsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const { id } = useParams();
  const [entering, setEntering] = useState(false);
  const list = usePagedList<CreditEntry>('/api/credit-lists', { status: 'on' });
  return (
    <Card
      title={t('creditLists.title')}
      extra={can('creditList.enter') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEntering(true)} data-testid="enter-credit-entry">{t('creditLists.enter')}</Button>}
    >
      <Form layout="inline" initialValues={{ status: 'on' }} onFinish={(v) => list.applyFilters({ ...v, pending: v.pending || undefined })} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="list">
          <Select allowClear style={{ width: 170 }} placeholder={t('creditLists.menu')}
            options={(['abnormal', 'serious'] as const).map((l) => ({ value: l, label: t(`creditLists.lists.${l}`) }))} />
        </Form.Item>
        <Form.Item name="status">
          <Select style={{ width: 110 }} options={(['on', 'removed', 'all'] as const).map((s) => ({ value: s, label: t(`creditLists.status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('creditLists.place')} style={{ width: 220 }} /></Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('creditLists.organization')} style={{ width: 180 }} /></Form.Item>
        <Form.Item name="pending" valuePropName="checked"><Checkbox>{t('creditLists.pendingOnly')}</Checkbox></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<CreditEntry>
        rowKey="id"
        data-testid="credit-entries"
        {...list.tableProps}
        scroll={{ x: 1000 }}
        onRow={(e) => ({ onClick: () => navigate(`/credit-lists/${e.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('creditLists.organization'), dataIndex: 'organizationName', render: (name: string, e) => <>{name} {e.pendingRequest && <Tag color="orange">{t('creditLists.requestStates.pending')}</Tag>}</> },
          { title: t('creditLists.place'), dataIndex: 'placeName', width: 130 },
          { title: t('creditLists.menu'), dataIndex: 'list', width: 150, render: (l: CreditEntry['list']) => <Tag color={l === 'serious' ? 'red' : 'orange'}>{t(`creditLists.lists.${l}`)}</Tag> },
          { title: t('creditLists.cause'), dataIndex: 'causeLabel' },
          { title: t('creditLists.enteredOn'), dataIndex: 'enteredOn', width: 140, render: (d: string, e) => <>{d} {e.enteredLate && <Tag color="red">{t('creditLists.enteredLate')}</Tag>}</> },
          { title: t('creditLists.authority'), dataIndex: 'authorityName', width: 160 },
          { title: t('creditLists.removedOn'), dataIndex: 'removedOn', width: 170, render: (d: string | null, e) => d && `${d} ${e.exitLabel ?? ''}` },
        ]}
      />
      {entering && <EnterCreditEntryModal onClose={() => setEntering(false)} onSaved={async (entryId) => { setEntering(false); await list.query.refetch(); navigate(`/credit-lists/${entryId}`); }} />}
      {id && <CreditEntryDrawer id={id} onClose={() => navigate('/credit-lists')} onChanged={() => list.query.refetch()} />}
    </Card>
  );
}
