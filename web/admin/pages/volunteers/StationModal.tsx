import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import type { Station } from './volunteerTypes';
import { ManagerSelect } from './ManagerSelect';
import { Dialog } from '../../components/Dialog';

/** Sets up a station at a street or community of the user's subtree, or edits one (its place stays). */
export function StationModal({ station, onClose, onSaved }: { station: Station | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      if (station) await api.patch(`/api/volunteer-stations/${station.id}`, { name: values.name, address: values.address || null, managerUserId: values.managerUserId ?? null });
      else await api.post('/api/volunteer-stations', { ...values, address: values.address || undefined });
      onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={station ? t('volunteers.editStation') : t('volunteers.addStation')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Form form={form} layout="vertical" name="station" initialValues={station ?? {}}>
        <Form.Item name="name" label={t('volunteers.station.name')} rules={[{ required: true, whitespace: true, min: 2 }]}><Input maxLength={100} /></Form.Item>
        {!station && (
          <Form.Item name="jurisdictionCode" label={t('volunteers.station.place')} extra={t('volunteers.placeHint')} rules={[{ required: true }]}>
            <JurisdictionSelect />
          </Form.Item>
        )}
        <Form.Item name="address" label={t('volunteers.station.address')}><Input maxLength={200} /></Form.Item>
        <Form.Item name="managerUserId" label={t('volunteers.station.manager')} extra={t('volunteers.managerHint')}>
          <ManagerSelect currentName={station?.managerName} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
