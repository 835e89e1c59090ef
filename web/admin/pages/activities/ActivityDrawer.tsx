import { useState } from 'react';
import { Button, Descriptions, Drawer, Space, Tag, Typography } from 'antd';
import { QrcodeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { activityTime } from '../../../common/activity-time';
import { ApiProblem } from '../../../common/problem';
import { activityKey, statusColors, type ActivityDetail } from './activityTypes';
import { CheckInQrPanel } from './CheckInQrPanel';
import { EditActivityModal } from './EditActivityModal';
import { CancelActivityModal } from './CancelActivityModal';
import { SignupsTable } from './SignupsTable';
import { ConfirmHoursButton } from './ConfirmHoursButton';
import { Dialog } from '../../components/Dialog';

/** One activity: its facts, the sign-ups with check-in and check-out, and for its manager the QR code and the actions. */
export function ActivityDrawer({ id, onClose, onChanged }: { id: string; onClose(): void; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [showingQr, setShowingQr] = useState(false);
  const query = useQuery({ queryKey: [activityKey, id], queryFn: () => api.get<ActivityDetail>(`/api/activities/${id}`) });
  const a = query.data;
  const changed = async () => { await query.refetch(); onChanged(); };

  return (
    <Drawer open size={760} title={a?.title ?? t('activities.detail')} onClose={onClose} loading={query.isLoading}
      extra={a?.canManage && (
        <Space>
          <Button icon={<QrcodeOutlined />} type="primary" onClick={() => setShowingQr(true)}>{t('activities.qr.show')}</Button>
          <Button onClick={() => setEditing(true)}>{t('activities.edit')}</Button>
          <Button danger onClick={() => setCancelling(true)}>{t('activities.cancel')}</Button>
        </Space>
      )}
    >
      {query.error && <Typography.Text type="danger">{query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)}</Typography.Text>}
      {a && (
        <>
          <Descriptions column={2} size="small" bordered style={{ marginBottom: 20 }}>
            <Descriptions.Item label={t('activities.fields.status')}><Tag color={statusColors[a.status]}>{t(`activities.statuses.${a.status}`)}</Tag></Descriptions.Item>
            <Descriptions.Item label={t('activities.fields.serviceType')}>{a.serviceTypeLabel}</Descriptions.Item>
            <Descriptions.Item label={t('activities.fields.time')} span={2}>{activityTime(a.startsAt, a.endsAt, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('activities.fields.place')} span={2}>{[a.streetName, a.placeName, a.address].filter(Boolean).join(' ')}</Descriptions.Item>
            <Descriptions.Item label={t('activities.fields.host')}>{a.hostName} · {t(`activities.hostTypes.${a.hostType}`)}</Descriptions.Item>
            <Descriptions.Item label={t('activities.fields.manager')}>{a.managerName}</Descriptions.Item>
            <Descriptions.Item label={t('activities.fields.capacity')}>{a.capacity}</Descriptions.Item>
            <Descriptions.Item label={t('activities.fields.signedUp')}>{a.signedUpCount}{a.waitlistCount ? ` · ${t('activities.fields.waitlist')} ${a.waitlistCount}` : ''}</Descriptions.Item>
            {a.groupsServedLabels.length > 0 && <Descriptions.Item label={t('activities.fields.groupsServed')} span={2}>{a.groupsServedLabels.join('、')}</Descriptions.Item>}
            {a.skillsWantedLabels.length > 0 && <Descriptions.Item label={t('activities.fields.skillsWanted')} span={2}>{a.skillsWantedLabels.join('、')}</Descriptions.Item>}
            {a.description && <Descriptions.Item label={t('activities.fields.description')} span={2}>{a.description}</Descriptions.Item>}
          </Descriptions>
          <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>{t('activities.signups.title')}</Typography.Title>
            <ConfirmHoursButton activity={a} onChanged={changed} />
          </Space>
          <SignupsTable activity={a} onChanged={changed} />
          {editing && <EditActivityModal activity={a} onClose={() => setEditing(false)} onSaved={async () => { setEditing(false); await changed(); }} />}
          {cancelling && <CancelActivityModal activityId={a.id} onClose={() => setCancelling(false)} onSaved={async () => { setCancelling(false); await changed(); }} />}
          {showingQr && (
            <Dialog title={`${t('activities.qr.title')} · ${a.title}`} footer={null} onCancel={() => { setShowingQr(false); void changed(); }} width={440}>
              <CheckInQrPanel activityId={a.id} />
            </Dialog>
          )}
        </>
      )}
    </Drawer>
  );
}
