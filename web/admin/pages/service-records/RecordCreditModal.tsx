import { App, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import { RemotePicker } from './RemotePicker';
import { Dialog } from '../../components/Dialog';

type Picked = { id: string; label: string };
type VolunteerItem = { id: string; name: string; communityName: string | null };
type ActivityItem = { id: string; title: string };

/**
 * 记录投诉或表扬 about a volunteer: staff pick any volunteer of their subtree; an activity's manager
 * names the activity. Opened from a service record, the volunteer and the activity come filled in.
 */
export function RecordCreditModal({ volunteer, activity, onClose, onSaved }: {
  volunteer?: Picked; activity?: Picked; onClose(): void; onSaved(): void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const { message } = App.useApp();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await api.post('/api/credit-records', { ...values, activityId: values.activityId || undefined });
      message.success(t('serviceRecords.credit.saved'));
      onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t('serviceRecords.credit.record')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} width={560}>
      <Form form={form} layout="vertical" name="credit-record" initialValues={{ kind: 'complaint', volunteerId: volunteer?.id, activityId: activity?.id }}>
        <Form.Item name="volunteerId" label={t('serviceRecords.credit.volunteer')} rules={[{ required: true }]}>
          <RemotePicker<VolunteerItem>
            url="/api/volunteers" disabled={!can('volunteer.read')} placeholder={t('serviceRecords.credit.pickVolunteer')}
            labelOf={(v) => (v.communityName ? `${v.name}（${v.communityName}）` : v.name)} initial={volunteer ? { value: volunteer.id, label: volunteer.label } : null}
          />
        </Form.Item>
        <Form.Item name="activityId" label={t('serviceRecords.credit.activity')} extra={t('serviceRecords.credit.activityHint')}>
          <RemotePicker<ActivityItem>
            url="/api/activities" disabled={!can('activity.read')} placeholder={t('serviceRecords.credit.pickActivity')}
            labelOf={(a) => a.title} initial={activity ? { value: activity.id, label: activity.label } : null}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('serviceRecords.credit.kind')}>
          <Radio.Group options={(['complaint', 'commendation'] as const).map((k) => ({ value: k, label: t(`serviceRecords.credit.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('serviceRecords.credit.reason')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
