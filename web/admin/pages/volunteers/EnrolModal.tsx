import { App, Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { useTeamOptions, useVolunteerVocabulary } from './useVolunteerVocabulary';
import { Dialog } from '../../components/Dialog';

/**
 * 录入志愿者: a resident who signed the consent form on paper, entered by the committee (at its
 * community) or a leader (into one of its teams). The server checks the ID number and the place again.
 */
export function EnrolModal({ onClose, onSaved }: { onClose(): void; onSaved(id: string): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSession();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const vocabulary = useVolunteerVocabulary();
  const teamOptions = useTeamOptions();
  const leader = session?.user.role === 'org';
  const submit = async () => {
    const values = await form.validateFields();
    try {
      const saved = await api.post<{ id: string }>('/api/volunteers', values);
      message.success(t('volunteers.enrolled'));
      onSaved(saved.id);
    } catch (error) {
      showProblem(error, form);
    }
  };
  const community = session?.user.jurisdictionCode.length === 12 ? session.user.jurisdictionCode : undefined;
  return (
    <Dialog title={t('volunteers.enrol')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} width={620}>
      <Form form={form} layout="vertical" name="enrol-volunteer" initialValues={{ jurisdictionCode: community, skills: [], interests: [] }}>
        <Form.Item name="name" label={t('volunteers.fields.name')} rules={[{ required: true, whitespace: true, min: 2 }]}><Input maxLength={50} /></Form.Item>
        <Form.Item name="idNumber" label={t('volunteers.fields.idNumber')} rules={[{ required: true, len: 18 }]}><Input maxLength={18} /></Form.Item>
        <Form.Item name="phone" label={t('volunteers.fields.phone')} rules={[{ required: true }]}><Input maxLength={20} inputMode="tel" /></Form.Item>
        <Form.Item name="jurisdictionCode" label={t('volunteers.fields.place')} rules={[{ required: true }]}>
          <JurisdictionSelect communitiesOnly />
        </Form.Item>
        <Form.Item name="skills" label={t('volunteers.fields.skills')}><Select mode="multiple" options={vocabulary.skillOptions} /></Form.Item>
        <Form.Item name="interests" label={t('volunteers.fields.interests')}><Select mode="multiple" options={vocabulary.interestOptions} /></Form.Item>
        <Form.Item name="availability" label={t('volunteers.fields.availability')}><Input maxLength={200} /></Form.Item>
        <Form.Item name="teamId" label={leader ? t('volunteers.teamRequired') : t('volunteers.teamOptional')} rules={[{ required: leader }]}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={teamOptions} />
        </Form.Item>
        <Form.Item
          name="consentOnPaper" valuePropName="checked"
          rules={[{ validator: (_, checked) => (checked ? Promise.resolve() : Promise.reject(new Error(t('volunteers.consentOnPaperRequired')))) }]}
        >
          <Checkbox>{t('volunteers.consentOnPaper')}</Checkbox>
        </Form.Item>
      </Form>
    </Dialog>
  );
}
