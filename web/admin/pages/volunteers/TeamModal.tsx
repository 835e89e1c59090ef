import { Form, Input, Radio, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, listUrl, type ListResult } from '../../../common/api';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { OrganizationPicker } from '../registration-ledger/OrganizationPicker';
import type { Station, Team } from './volunteerTypes';
import { ManagerSelect } from './ManagerSelect';
import { Dialog } from '../../components/Dialog';

type OwnerKind = 'own' | 'station' | 'organization';

/**
 * Forms a team (the committee's or street's own at a place, a station's, or an organization's;
 * a leader's always its organization's), or renames one and changes its manager.
 */
export function TeamModal({ team, onClose, onSaved }: { team: Team | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const leader = session?.user.role === 'org';
  const kind: OwnerKind = Form.useWatch('ownerKind', form) ?? (leader ? 'organization' : 'own');
  const stations = useQuery({
    queryKey: ['/api/volunteer-stations', 'options'],
    queryFn: () => api.get<ListResult<Station>>(listUrl('/api/volunteer-stations', { pageSize: 200 })),
    enabled: !team && !leader,
  });
  const submit = async () => {
    const { ownerKind, ...values } = await form.validateFields();
    try {
      if (team) await api.patch(`/api/volunteer-teams/${team.id}`, { name: values.name, managerUserId: values.managerUserId ?? null });
      else {
        const owner = { own: { jurisdictionCode: values.jurisdictionCode }, station: { stationId: values.stationId }, organization: { organizationId: values.organizationId } }[ownerKind as OwnerKind];
        await api.post('/api/volunteer-teams', { name: values.name, managerUserId: values.managerUserId ?? undefined, ...owner });
      }
      onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={team ? t('volunteers.editTeam') : t('volunteers.addTeam')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Form
        form={form} layout="vertical" name="team"
        initialValues={team ?? { ownerKind: leader ? 'organization' : 'own', jurisdictionCode: session?.user.jurisdictionCode }}
      >
        <Form.Item name="name" label={t('volunteers.team.name')} rules={[{ required: true, whitespace: true, min: 2 }]}><Input maxLength={100} /></Form.Item>
        {!team && (
          <>
            <Form.Item name="ownerKind" label={t('volunteers.team.owner')} hidden={leader}>
              <Radio.Group options={(['own', 'station', 'organization'] as const).map((k) => ({ value: k, label: t(`volunteers.team.ownerKinds.${k}`) }))} />
            </Form.Item>
            {kind === 'own' && (
              <Form.Item name="jurisdictionCode" label={t('volunteers.team.place')} extra={t('volunteers.placeHint')} rules={[{ required: true }]}>
                <JurisdictionSelect />
              </Form.Item>
            )}
            {kind === 'station' && (
              <Form.Item name="stationId" label={t('volunteers.team.station')} rules={[{ required: true }]}>
                <Select showSearch={{ optionFilterProp: 'label' }} loading={stations.isLoading}
                  options={(stations.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name}（${s.placeName ?? s.jurisdictionCode}）` }))} />
              </Form.Item>
            )}
            {kind === 'organization' && (
              <Form.Item name="organizationId" label={t('volunteers.team.organization')} rules={[{ required: true }]}>
                <OrganizationPicker filters={{ status: 'active' }} />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item name="managerUserId" label={t('volunteers.team.manager')} extra={t('volunteers.managerHint')}>
          <ManagerSelect currentName={team?.managerName} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
