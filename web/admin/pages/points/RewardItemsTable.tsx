import { useState } from 'react';
import { Button, Form, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../components/usePagedList';
import { RewardItemModal } from './RewardItemModal';
import type { RewardItem } from './pointsTypes';

/** 兑换目录: the items of the user's subtree, with stock left, units awaiting pickup and picked up. */
export function RewardItemsTable() {
  const { t } = useTranslation();
  const list = usePagedList<RewardItem>('/api/reward-items');
  const [editing, setEditing] = useState<RewardItem | 'new' | null>(null);
  return (
    <>
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="active">
          <Select allowClear style={{ width: 120 }} placeholder={t('points.active')}
            options={['true', 'false'].map((v) => ({ value: v, label: t(`points.activeStates.${v}`) }))} />
        </Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('points.keyword')} style={{ width: 200 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('points.addItem')}</Button>
      </Form>
      <Table<RewardItem>
        rowKey="id"
        data-testid="reward-items-table"
        {...list.tableProps}
        scroll={{ x: 1000 }}
        columns={[
          { title: t('points.itemTitle'), dataIndex: 'title' },
          { title: t('points.providerName'), dataIndex: 'providerName' },
          { title: t('points.place'), dataIndex: 'placeName', width: 120 },
          { title: t('points.pointsCost'), dataIndex: 'pointsCost', width: 90 },
          { title: t('points.stock'), dataIndex: 'stock', width: 90 },
          { title: t('points.reserved'), dataIndex: 'reserved', width: 90 },
          { title: t('points.completed'), dataIndex: 'completed', width: 90 },
          {
            title: t('points.limit'), width: 120,
            render: (_, i) => (i.limitCount && i.limitPeriod ? t('points.limitText', { count: i.limitCount, period: t(`points.periods.${i.limitPeriod}`) }) : t('points.noLimit')),
          },
          { title: t('points.active'), dataIndex: 'active', width: 90, render: (a: boolean) => <Tag color={a ? 'green' : 'default'}>{t(`points.activeStates.${a}`)}</Tag> },
          { title: t('common.actions'), width: 80, render: (_, i) => <Button type="link" onClick={() => setEditing(i)}>{t('common.edit')}</Button> },
        ]}
      />
      {editing && (
        <RewardItemModal
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={async () => { setEditing(null); await list.query.refetch(); }}
        />
      )}
    </>
  );
}
