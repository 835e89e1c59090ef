import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { partyStatuses, type PartyBuilding, type PartyStatus } from './partyBuildingTypes';
import { Dialog } from '../../components/Dialog';

const withBranch: PartyStatus[] = ['own_branch', 'joint_branch'];

/** The street or committee records the party organization, branch and instructor (党建指导员). */
export function PartyBuildingModal({ current, onClose, onSaved }: { current: PartyBuilding; onClose(): void; onSaved(saved: PartyBuilding): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const status = Form.useWatch('status', form) as PartyStatus | undefined;
  const submit = async () => {
    const values = await form.validateFields();
    const hasInstructor = values.status !== 'none' && Boolean(values.instructorName?.trim());
    const body = {
      status: values.status,
      branchName: withBranch.includes(values.status) ? values.branchName : undefined,
      extraPartyMembers: values.extraPartyMembers ?? 0,
      instructorName: hasInstructor ? values.instructorName : undefined,
      instructorPhone: hasInstructor ? values.instructorPhone?.trim() || undefined : undefined,
      instructorAssignedOn: hasInstructor && values.instructorAssignedOn ? (values.instructorAssignedOn as Dayjs).format('YYYY-MM-DD') : undefined,
      note: values.note?.trim() || undefined,
    };
    try {
      onSaved(await api.put<PartyBuilding>(`/api/party-building/organizations/${current.organizationId}`, body));
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={`${t('partyBuilding.edit')} · ${current.organizationName}`} onCancel={onClose} onOk={submit}
      okText={t('common.save')} cancelText={t('common.cancel')} width={600} okButtonProps={{ 'data-testid': 'party-building-save' }}>
      <Form form={form} layout="vertical" name="partyBuilding" initialValues={{
        ...current,
        instructorName: current.instructorName ?? undefined,
        instructorAssignedOn: current.instructorAssignedOn ? dayjs(current.instructorAssignedOn) : undefined,
      }}>
        <Form.Item name="status" label={t('partyBuilding.status')} rules={[{ required: true }]}>
          <Select options={partyStatuses.map((s) => ({ value: s, label: t(`partyBuilding.statuses.${s}`) }))} />
        </Form.Item>
        {status && withBranch.includes(status) && (
          <Form.Item name="branchName" label={t('partyBuilding.branchName')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} placeholder={t('partyBuilding.branchNameHint')} />
          </Form.Item>
        )}
        <Form.Item name="extraPartyMembers" label={t('partyBuilding.extraPartyMembers')} extra={t('partyBuilding.extraPartyMembersHint')}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
        {status !== 'none' && (
          <>
            <Form.Item name="instructorName" label={t('partyBuilding.instructorName')} rules={[{ required: status === 'instructor', whitespace: true }]}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="instructorPhone" label={t('partyBuilding.instructorPhone')}
              extra={current.instructorPhoneMasked ? t('partyBuilding.instructorPhoneKeep', { masked: current.instructorPhoneMasked }) : undefined}>
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
            <Form.Item name="instructorAssignedOn" label={t('partyBuilding.instructorAssignedOn')}><DatePicker /></Form.Item>
          </>
        )}
        <Form.Item name="note" label={t('partyBuilding.note')}><Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} /></Form.Item>
      </Form>
    </Dialog>
  );
}
