import { useState } from 'react';
import { Alert, App, Button, Descriptions, Space, Tag, type TabsProps } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import { useSession } from '../../session';
import { partyStatusColors, type PartyBuilding } from './partyBuildingTypes';
import { PartyBuildingModal } from './PartyBuildingModal';

/** The 党建情况 tab of an organization's detail page, for those who may read it. */
export function usePartyBuildingTab(organizationId: string): NonNullable<TabsProps['items']> {
  const { t } = useTranslation();
  const { can } = useSession();
  if (!can('partyBuilding.read')) return [];
  return [{ key: 'partyBuilding', label: t('partyBuilding.title'), children: <PartyBuildingSection organizationId={organizationId} /> }];
}

/** An organization's party building, with the street's or committee's edit. */
export function PartyBuildingSection({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const key = ['partyBuilding', organizationId];
  const query = useQuery({ queryKey: key, queryFn: () => api.get<PartyBuilding>(`/api/party-building/organizations/${organizationId}`) });
  if (query.error) return <Alert type="error" showIcon message={query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)} />;
  const p = query.data;
  if (!p) return null;
  const yesNo = (v: boolean) => (v ? t('partyBuilding.yes') : t('partyBuilding.no'));
  const items = [
    { key: 'status', label: t('partyBuilding.status'), children: <Tag color={partyStatusColors[p.status]} data-testid="party-status">{t(`partyBuilding.statuses.${p.status}`)}</Tag> },
    { key: 'branchName', label: t('partyBuilding.branchName'), children: p.branchName },
    {
      key: 'partyMembers', label: t('partyBuilding.partyMembers'),
      children: <>{p.partyMembers}（{t('partyBuilding.partyMembersDetail', { roster: p.rosterPartyMembers, extra: p.extraPartyMembers })}）</>,
    },
    { key: 'leader', label: t('partyBuilding.leaderPartyMember'), children: yesNo(p.leaderPartyMember) },
    {
      key: 'charter', label: t('partyBuilding.charterClause'),
      children: p.charterHasPartyBuilding
        ? <Tag color="green">{t('partyBuilding.charterClausePresent', { version: p.charterVersion })}</Tag>
        : <Tag color="red">{t('partyBuilding.charterClauseMissing')}</Tag>,
    },
    { key: 'instructor', label: t('partyBuilding.instructor'), children: <span data-testid="party-instructor">{[p.instructorName, p.instructorPhoneMasked].filter(Boolean).join(' ')}</span> },
    { key: 'assignedOn', label: t('partyBuilding.instructorAssignedOn'), children: p.instructorAssignedOn },
    { key: 'updatedAt', label: t('partyBuilding.updatedAt'), children: p.updatedAt ? formatTime(p.updatedAt, i18n.language) : t('partyBuilding.notRecorded') },
    { key: 'note', label: t('partyBuilding.note'), children: p.note, span: 2 },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {can('partyBuilding.update') && (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="party-building-edit">{t('partyBuilding.edit')}</Button>
      )}
      <Descriptions bordered size="small" column={2} items={items} />
      {editing && (
        <PartyBuildingModal
          current={p}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            queryClient.setQueryData(key, saved);
            void queryClient.invalidateQueries({ queryKey: ['partyCoverage'] });
            message.success(t('partyBuilding.saved'));
          }}
        />
      )}
    </Space>
  );
}
