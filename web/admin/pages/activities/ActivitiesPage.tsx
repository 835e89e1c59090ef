import { useState } from 'react';
import { Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { activityTime } from '../../../common/activity-time';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { activityStatuses, statusColors, useActivityVocabulary, type Activity, type ActivityStatus } from './activityTypes';
import { PublishActivityModal } from './PublishActivityModal';
import { ActivityDrawer } from './ActivityDrawer';

/** 志愿活动: staff see their subtree's activities, managers the ones they run; publish, then manage sign-ups and check-in. */
export default function ActivitiesPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const vocabulary = useActivityVocabulary();
  const list = usePagedList<Activity>('/api/activities');
  const [publishing, setPublishing] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);

  return (
    <Card
      title={t('activities.menu')}
      extra={can('activity.publish') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setPublishing(true)}>{t('activities.publish')}</Button>}
    >
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('activities.fields.place')} style={{ width: 220 }} /></Form.Item>
        <Form.Item name="serviceType">
          <Select allowClear style={{ width: 150 }} placeholder={t('activities.fields.serviceType')} options={vocabulary.serviceTypes} />
        </Form.Item>
        <Form.Item name="status">
          <Select allowClear style={{ width: 120 }} placeholder={t('activities.fields.status')}
            options={activityStatuses.map((s) => ({ value: s, label: t(`activities.statuses.${s}`) }))} />
        </Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('activities.keyword')} style={{ width: 200 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<Activity>
        rowKey="id"
        data-testid="activities-table"
        {...list.tableProps}
        scroll={{ x: 1100 }}
        onRow={(a) => ({ onClick: () => setOpenId(a.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('activities.fields.title'), dataIndex: 'title' },
          { title: t('activities.fields.serviceType'), dataIndex: 'serviceTypeLabel', width: 110 },
          { title: t('activities.fields.time'), width: 220, render: (_, a) => activityTime(a.startsAt, a.endsAt, i18n.language) },
          { title: t('activities.fields.place'), render: (_, a) => [a.streetName, a.placeName].filter(Boolean).join(' ') },
          { title: t('activities.fields.host'), dataIndex: 'hostName' },
          { title: t('activities.fields.signedUp'), width: 110, render: (_, a) => `${a.signedUpCount} / ${a.capacity}${a.waitlistCount ? ` +${a.waitlistCount}` : ''}` },
          { title: t('activities.fields.status'), dataIndex: 'status', width: 90, render: (s: ActivityStatus) => <Tag color={statusColors[s]}>{t(`activities.statuses.${s}`)}</Tag> },
        ]}
      />
      {publishing && (
        <PublishActivityModal
          onClose={() => setPublishing(false)}
          onSaved={async (id) => { setPublishing(false); await list.query.refetch(); setOpenId(id); }}
        />
      )}
      {openId && <ActivityDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => list.query.refetch()} />}
    </Card>
  );
}
