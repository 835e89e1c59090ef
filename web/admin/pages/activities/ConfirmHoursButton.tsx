import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import type { ActivityDetail } from './activityTypes';

type Confirmed = { confirmed: { minutes: number }[] };

/**
 * 确认服务时长: the manager confirms the hours of everyone checked out; each becomes a service record,
 * credited to the volunteer's time bank and points, and can no longer change except by reversal.
 */
export function ConfirmHoursButton({ activity, onChanged }: { activity: ActivityDetail; onChanged(): Promise<void> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { modal, message } = App.useApp();
  const showProblem = useProblem();
  const waiting = activity.signups.filter((s) => s.status === 'attended').length;
  if (!can('serviceRecord.confirm') || waiting === 0) return null;
  const confirm = () => modal.confirm({
    title: t('activities.signups.confirmHours', { count: waiting }),
    content: t('activities.signups.confirmHoursHint'),
    onOk: async () => {
      try {
        const { confirmed } = await api.post<Confirmed>(`/api/activities/${activity.id}/confirmations`, {});
        const hours = confirmed.reduce((sum, r) => sum + r.minutes, 0) / 60;
        message.success(t('activities.signups.confirmHoursDone', { count: confirmed.length, hours: hours.toFixed(1) }));
        await onChanged();
      } catch (error) {
        showProblem(error);
      }
    },
  });
  return <Button type="primary" onClick={confirm}>{t('activities.signups.confirmHours', { count: waiting })}</Button>;
}
