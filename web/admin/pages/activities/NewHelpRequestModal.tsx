import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { useActivityVocabulary } from './activityTypes';
import type { HelpRequest } from './helpRequestTypes';
import { Dialog } from '../../components/Dialog';

type Values = {
  requesterName: string; requesterPhone?: string; targetGroup?: string; serviceType: string; skillsWanted?: string[]; description: string;
  jurisdictionCode: string; address?: string; needed?: [Dayjs | null, Dayjs | null];
};

/** 登记需求: who needs what, where and when; the phone is stored encrypted and shown masked. */
export function NewHelpRequestModal({ onClose, onSaved }: { onClose(): void; onSaved(created: HelpRequest): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const showProblem = useProblem();
  const vocabulary = useActivityVocabulary();
  const submit = async () => {
    const { needed, requesterPhone, address, ...values } = await form.validateFields();
    try {
      onSaved(await api.post<HelpRequest>('/api/help-requests', {
        ...values, ...(requesterPhone?.trim() && { requesterPhone }), ...(address?.trim() && { address }),
        ...(needed?.[0] && { neededFrom: needed[0].toISOString() }), ...(needed?.[1] && { neededUntil: needed[1].toISOString() }),
      }));
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t('activities.help.add')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} width={640}>
      <Form form={form} layout="vertical" name="new-help-request" initialValues={{ skillsWanted: [] }}>
        <Form.Item name="requesterName" label={t('activities.help.requester')} rules={[{ required: true, whitespace: true }]}><Input maxLength={50} /></Form.Item>
        <Form.Item name="requesterPhone" label={t('activities.help.phone')}><Input maxLength={20} inputMode="tel" /></Form.Item>
        <Form.Item name="targetGroup" label={t('activities.help.targetGroup')}><Select allowClear options={vocabulary.targetGroups} /></Form.Item>
        <Form.Item name="serviceType" label={t('activities.fields.serviceType')} rules={[{ required: true }]}><Select options={vocabulary.serviceTypes} /></Form.Item>
        <Form.Item name="skillsWanted" label={t('activities.fields.skillsWanted')}><Select mode="multiple" options={vocabulary.skills} /></Form.Item>
        <Form.Item name="description" label={t('activities.help.need')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="jurisdictionCode" label={t('activities.help.place')} rules={[{ required: true }]}><JurisdictionSelect /></Form.Item>
        <Form.Item name="address" label={t('activities.help.address')}><Input maxLength={200} /></Form.Item>
        <Form.Item name="needed" label={t('activities.help.neededTime')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
