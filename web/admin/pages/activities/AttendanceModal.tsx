import { DatePicker, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import type { Signup } from './activityTypes';
import { Dialog } from '../../components/Dialog';

/** 代签到 / 代签退: now, or at a time the manager gives (inside the window, not in the future). */
export function AttendanceModal({ activityId, signup, step, onClose, onSaved }: {
  activityId: string; signup: Signup; step: 'check-in' | 'check-out'; onClose(): void; onSaved(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ at?: Dayjs }>();
  const showProblem = useProblem();
  const title = t(step === 'check-in' ? 'activities.signups.recordCheckIn' : 'activities.signups.recordCheckOut', { name: signup.volunteerName });
  const submit = async () => {
    const { at } = await form.validateFields();
    try {
      await api.post(`/api/activities/${activityId}/signups/${signup.id}/${step}`, at ? { at: at.toISOString() } : {});
      onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={title} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Form form={form} layout="vertical" name="record-attendance">
        <Form.Item name="at" label={t('activities.signups.at')} extra={<Typography.Text type="secondary">{t('activities.signups.atHint')}</Typography.Text>}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
