import { Button, Form, Input, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../common/format';
import type { usePagedList } from '../../components/usePagedList';
import { redemptionColors, redemptionStatuses, type Redemption, type RedemptionStatus } from './pointsTypes';

/** 兑换记录 of the items the user provides or oversees; the pickup codes stay with the volunteers. */
export function RedemptionsTable({ list }: { list: ReturnType<typeof usePagedList<Redemption>> }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="status">
          <Select allowClear style={{ width: 140 }} placeholder={t('points.status')} options={redemptionStatuses.map((s) => ({ value: s, label: t(`points.statuses.${s}`) }))} />
        </Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('points.itemTitle')} style={{ width: 200 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
      </Form>
      <Table<Redemption>
        rowKey="id"
        data-testid="redemptions-table"
        {...list.tableProps}
        scroll={{ x: 900 }}
        columns={[
          { title: t('points.item'), dataIndex: 'title' },
          { title: t('points.volunteer'), dataIndex: 'volunteerName', width: 110 },
          { title: t('points.points'), dataIndex: 'points', width: 80 },
          { title: t('points.status'), dataIndex: 'status', width: 100, render: (s: RedemptionStatus) => <Tag color={redemptionColors[s]}>{t(`points.statuses.${s}`)}</Tag> },
          { title: t('points.createdAt'), dataIndex: 'createdAt', width: 170, render: (d: string) => formatTime(d, i18n.language) },
          { title: t('points.expiresAt'), dataIndex: 'expiresAt', width: 170, render: (d: string) => formatTime(d, i18n.language) },
          { title: t('points.completedAt'), dataIndex: 'completedAt', width: 170, render: (d: string | null) => formatTime(d, i18n.language) },
        ]}
      />
    </>
  );
}
