import { Checkbox, DatePicker, Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { ApiProblem } from '../../../common/problem';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { useActivityVocabulary, type HostType } from './activityTypes';
import { useHostOptions } from './useHostOptions';
import { Dialog } from '../../components/Dialog';

type Values = {
  title: string; description?: string; serviceType: string; groupsServed?: string[]; skillsWanted?: string[]; hostType: HostType; hostId?: string;
  hostManagerLeads?: boolean; jurisdictionCode: string; address: string; time: [Dayjs, Dayjs]; capacity: number;
};

/**
 * 发布活动: what, for whom, where and when, how many places, and who hosts it. A committee or
 * street office hosts itself; a station, team or organization is picked from those the user may
 * publish for; a station's or team's own manager may be made the activity's manager.
 */
export function PublishActivityModal({ onClose, onSaved }: { onClose(): void; onSaved(id: string): void }) {
  const { t } = useTranslation();
  const { session, can } = useSession();
  const [form] = Form.useForm<Values>();
  const showProblem = useProblem();
  const vocabulary = useActivityVocabulary();
  const hostType = Form.useWatch('hostType', form);
  const hostId = Form.useWatch('hostId', form);
  const hosts = useHostOptions(hostType);
  const host = hosts.find((h) => h.id === hostId);
  const office = session?.user.role === 'committee' || session?.user.role === 'street';
  const hostTypes: HostType[] = [...(office ? ['committee' as const] : []), ...(can('organization.read') ? ['organization' as const] : []), 'station', 'team'];
  const otherManager = host?.managerUserId && host.managerUserId !== session?.user.id ? host : null;

  const submit = async () => {
    const { time, hostManagerLeads, ...values } = await form.validateFields();
    try {
      const saved = await api.post<{ id: string }>('/api/activities', {
        ...values, startsAt: time[0].toISOString(), endsAt: time[1].toISOString(),
        ...(hostManagerLeads && otherManager ? { managerUserId: otherManager.managerUserId } : {}),
      });
      onSaved(saved.id);
    } catch (error) {
      showProblem(error, form);
      showTimeErrors(error, form);
    }
  };

  return (
    <Dialog title={t('activities.publish')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} width={680}>
      <Form form={form} layout="vertical" name="publish-activity" initialValues={{ hostType: hostTypes[0], capacity: 10, groupsServed: [], skillsWanted: [] }}>
        <Form.Item name="title" label={t('activities.fields.title')} rules={[{ required: true, whitespace: true, min: 2 }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="hostType" label={t('activities.fields.hostType')} rules={[{ required: true }]}>
          <Select options={hostTypes.map((h) => ({ value: h, label: t(`activities.hostTypes.${h}`) }))} onChange={() => form.setFieldValue('hostId', undefined)} />
        </Form.Item>
        {hostType && hostType !== 'committee' && (
          <Form.Item name="hostId" label={t('activities.fields.host')} rules={[{ required: true }]}>
            <Select
              showSearch optionFilterProp="label" options={hosts.map((h) => ({ value: h.id, label: h.name }))}
              onChange={(id: string) => { const picked = hosts.find((h) => h.id === id); if (picked) form.setFieldValue('jurisdictionCode', picked.jurisdictionCode); }}
            />
          </Form.Item>
        )}
        {otherManager && (
          <Form.Item name="hostManagerLeads" valuePropName="checked">
            <Checkbox>{t('activities.hostManagerLeads')}（{otherManager.managerName}）</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="serviceType" label={t('activities.fields.serviceType')} rules={[{ required: true }]}><Select options={vocabulary.serviceTypes} /></Form.Item>
        <Form.Item name="groupsServed" label={t('activities.fields.groupsServed')}><Select mode="multiple" options={vocabulary.targetGroups} /></Form.Item>
        <Form.Item name="skillsWanted" label={t('activities.fields.skillsWanted')}><Select mode="multiple" options={vocabulary.skills} /></Form.Item>
        <Form.Item name="jurisdictionCode" label={t('activities.fields.place')} rules={[{ required: true }]}><JurisdictionSelect /></Form.Item>
        <Form.Item name="address" label={t('activities.fields.address')} rules={[{ required: true, whitespace: true, min: 2 }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="time" label={t('activities.fields.time')} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="capacity" label={t('activities.fields.capacity')} rules={[{ required: true }]}><InputNumber min={1} max={10000} precision={0} /></Form.Item>
        <Form.Item name="description" label={t('activities.fields.description')}><Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} showCount /></Form.Item>
      </Form>
    </Dialog>
  );
}

/** The server checks `startsAt` and `endsAt`; the form has one range field for both. */
export function showTimeErrors(error: unknown, form: FormInstance) {
  if (!(error instanceof ApiProblem)) return;
  const errors = error.fieldErrors.filter((e) => e.path === 'startsAt' || e.path === 'endsAt').map((e) => e.message);
  if (errors.length) form.setFields([{ name: 'time', errors }]);
}
