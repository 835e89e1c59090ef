import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { showTimeErrors } from './PublishActivityModal';
import type { ActivityDetail } from './activityTypes';
import { Dialog } from '../../components/Dialog';

type Values = { title: string; description?: string; address: string; capacity: number; time: [Dayjs, Dayjs] };

/** Changes the words, address and places; the times only before the start (the server says so after). */
export function EditActivityModal({ activity, onClose, onSaved }: { activity: ActivityDetail; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const showProblem = useProblem();
  const started = new Date(activity.startsAt) <= new Date();
  const submit = async () => {
    const { time, ...values } = await form.validateFields();
    try {
      await api.patch(`/api/activities/${activity.id}`, {
        ...values, description: values.description ?? '',
        ...(!started && { startsAt: time[0].toISOString(), endsAt: time[1].toISOString() }),
      });
      onSaved();
    } catch (error) {
      showProblem(error, form);
      showTimeErrors(error, form);
    }
  };
  return (
    <Dialog title={t('activities.edit')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} width={620}>
      <Form form={form} layout="vertical" name="edit-activity" initialValues={{
        title: activity.title, description: activity.description ?? '', address: activity.address, capacity: activity.capacity,
        time: [dayjs(activity.startsAt), dayjs(activity.endsAt)],
      }}>
        <Form.Item name="title" label={t('activities.fields.title')} rules={[{ required: true, whitespace: true, min: 2 }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="time" label={t('activities.fields.time')}>
          <DatePicker.RangePicker disabled={started} showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="address" label={t('activities.fields.address')} rules={[{ required: true, whitespace: true, min: 2 }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="capacity" label={t('activities.fields.capacity')} rules={[{ required: true }]}><InputNumber min={1} max={10000} precision={0} /></Form.Item>
        <Form.Item name="description" label={t('activities.fields.description')}><Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} /></Form.Item>
      </Form>
    </Dialog>
  );
}
