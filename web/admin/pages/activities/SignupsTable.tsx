import { useState } from 'react';
import { App, Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { useProblem } from '../../components/useProblem';
import { signupColors, type ActivityDetail, type Signup } from './activityTypes';
import { AttendanceModal } from './AttendanceModal';

/**
 * 报名名单 with check-in and check-out times; the manager checks in or out by hand (someone without a
 * phone) and, after the start, records who did not come.
 */
export function SignupsTable({ activity, onChanged }: { activity: ActivityDetail; onChanged(): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const showProblem = useProblem();
  const [recording, setRecording] = useState<{ signup: Signup; step: 'check-in' | 'check-out' } | null>(null);
  const started = new Date(activity.startsAt) <= new Date();
  const noShow = (s: Signup) => modal.confirm({
    title: t('activities.signups.noShow'),
    content: t('activities.signups.noShowConfirm', { name: s.volunteerName }),
    okButtonProps: { danger: true },
    onOk: async () => {
      try {
        await api.post(`/api/activities/${activity.id}/signups/${s.id}/no-show`);
        await onChanged();
      } catch (error) {
        showProblem(error);
      }
    },
  });
  const time = (at: string | null, byManager: boolean) => (at ? `${formatTime(at, i18n.language)}${byManager ? `（${t('activities.signups.byManager')}）` : ''}` : '');

  return (
    <>
      <Table<Signup>
        rowKey="id"
        size="small"
        data-testid="signups-table"
        dataSource={activity.signups}
        pagination={false}
        locale={{ emptyText: t('activities.signups.empty') }}
        scroll={{ x: 760 }}
        columns={[
          { title: t('activities.signups.volunteer'), dataIndex: 'volunteerName' },
          {
            title: t('activities.fields.status'), width: 130,
            render: (_, s) => <Tag color={signupColors[s.status]}>{s.waitlistPosition ? t('activities.signups.position', { n: s.waitlistPosition }) : t(`activities.signupStatuses.${s.status}`)}</Tag>,
          },
          { title: t('activities.signups.checkIn'), render: (_, s) => time(s.checkInAt, s.checkInByManager) },
          { title: t('activities.signups.checkOut'), render: (_, s) => time(s.checkOutAt, s.checkOutByManager) },
          ...(activity.canManage ? [{
            title: '', width: 230,
            render: (_: unknown, s: Signup) => s.status === 'signed_up' && (
              <Space size="small">
                {!s.checkInAt && <Button size="small" onClick={() => setRecording({ signup: s, step: 'check-in' })}>{t('activities.signups.checkInAction')}</Button>}
                {s.checkInAt && <Button size="small" onClick={() => setRecording({ signup: s, step: 'check-out' })}>{t('activities.signups.checkOutAction')}</Button>}
                {!s.checkInAt && started && <Button size="small" danger onClick={() => noShow(s)}>{t('activities.signups.noShow')}</Button>}
              </Space>
            ),
          }] : []),
        ]}
      />
      {recording && (
        <AttendanceModal
          activityId={activity.id} signup={recording.signup} step={recording.step}
          onClose={() => setRecording(null)} onSaved={async () => { setRecording(null); await onChanged(); }}
        />
      )}
    </>
  );
}
