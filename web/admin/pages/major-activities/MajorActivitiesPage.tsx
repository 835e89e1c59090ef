import { Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatTime } from '../../../common/format';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { majorActivityStateColors, majorActivityStates, type MajorActivityListItem } from './majorActivityTypes';

/** 重大活动报告: upcoming activities first, late reports flagged; a leader reports from here. */
export default function MajorActivitiesPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const list = usePagedList<MajorActivityListItem>('/api/major-activities');
  const yesNo = [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }];
  return (
    <Card
      title={t('majorActivities.title')}
      extra={can('majorActivity.report') && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/major-activities/new')} data-testid="report-activity">{t('majorActivities.report')}</Button>}
    >
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="q"><Input allowClear placeholder={t('majorActivities.activityTitle')} style={{ width: 180 }} /></Form.Item>
        <Form.Item name="state">
          <Select allowClear style={{ width: 120 }} placeholder={t('majorActivities.state')} options={majorActivityStates.map((s) => ({ value: s, label: t(`majorActivities.states.${s}`) }))} />
        </Form.Item>
        <Form.Item name="upcoming"><Select allowClear style={{ width: 110 }} placeholder={t('majorActivities.upcoming')} options={yesNo} /></Form.Item>
        <Form.Item name="late"><Select allowClear style={{ width: 120 }} placeholder={t('majorActivities.late')} options={yesNo} /></Form.Item>
        <Form.Item name="acknowledgerLevel">
          <Select allowClear style={{ width: 140 }} placeholder={t('majorActivities.acknowledger')}
            options={(['committee', 'street'] as const).map((l) => ({ value: l, label: t(`majorActivities.acknowledgers.${l}`) }))} />
        </Form.Item>
        {!can('majorActivity.report') && <Form.Item name="jurisdictionCode"><JurisdictionSelect placeholder={t('majorActivities.place')} style={{ width: 220 }} /></Form.Item>}
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<MajorActivityListItem>
        rowKey="id"
        data-testid="major-activities-table"
        {...list.tableProps}
        scroll={{ x: 1100 }}
        onRow={(a) => ({ onClick: () => navigate(`/major-activities/${a.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('majorActivities.startsAt'), dataIndex: 'startsAt', width: 150, render: (v: string) => formatTime(v, i18n.language) },
          { title: t('majorActivities.activityTitle'), dataIndex: 'title' },
          { title: t('majorActivities.kind'), dataIndex: 'kind', render: (k: string) => t(`majorActivities.kinds.${k}`) },
          { title: t('majorActivities.organization'), dataIndex: 'organizationName' },
          { title: t('majorActivities.expectedParticipants'), dataIndex: 'expectedParticipants', align: 'right' },
          { title: t('majorActivities.acknowledger'), dataIndex: 'acknowledgerLevel', render: (l: string) => t(`majorActivities.acknowledgers.${l}`) },
          {
            title: t('majorActivities.state'),
            render: (_, a) => (
              <Space size={4}>
                <Tag color={majorActivityStateColors[a.state]}>{t(`majorActivities.states.${a.state}`)}</Tag>
                {a.late && <Tag color="red">{t('majorActivities.late')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
