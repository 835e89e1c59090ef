import { useState } from 'react';
import { App, Button, Card, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../common/api';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import { usePagedList } from '../../components/usePagedList';
import { partyStatusColors, type PartyBuilding, type UncoveredOrganization } from './partyBuildingTypes';
import { PartyBuildingModal } from './PartyBuildingModal';

/** A node's organizations without a party branch, those with nothing first, so the street knows where to send instructors. */
export function UncoveredOrganizations({ jurisdictionCode, includeGuided }: { jurisdictionCode: string; includeGuided: boolean }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const list = usePagedList<UncoveredOrganization>('/api/party-building/uncovered', { jurisdictionCode, includeGuided: includeGuided || undefined });
  const [editing, setEditing] = useState<PartyBuilding | null>(null);
  const open = async (id: string) => {
    try {
      setEditing(await api.get<PartyBuilding>(`/api/party-building/organizations/${id}`));
    } catch (error) {
      showProblem(error);
    }
  };
  return (
    <Card
      title={t('partyBuilding.uncoveredTitle')}
      extra={(
        <Space>
          <Select
            style={{ width: 180 }}
            defaultValue=""
            data-testid="uncovered-status"
            onChange={(status) => list.applyFilters({ jurisdictionCode, includeGuided: includeGuided || undefined, status: status || undefined })}
            options={[
              { value: '', label: t('partyBuilding.uncoveredAll') },
              { value: 'none', label: t('partyBuilding.statuses.none') },
              { value: 'instructor', label: t('partyBuilding.statuses.instructor') },
            ]}
          />
          <Button icon={<DownloadOutlined />} href={list.exportUrl}>{t('common.export')}</Button>
        </Space>
      )}
    >
      <Table<UncoveredOrganization>
        rowKey="id"
        size="small"
        data-testid="uncovered-table"
        {...list.tableProps}
        columns={[
          { title: t('partyBuilding.organization'), dataIndex: 'name', render: (name: string, o) => <Link to={`/organizations/${o.id}`}>{name}</Link> },
          { title: t('partyBuilding.community'), render: (_, o) => [o.streetName, o.placeName].filter(Boolean).join(' ') },
          { title: t('partyBuilding.members'), dataIndex: 'memberCount', width: 80, align: 'right' },
          { title: t('partyBuilding.partyMembers'), dataIndex: 'partyMembers', width: 90, align: 'right' },
          { title: t('partyBuilding.leaderPartyMember'), dataIndex: 'leaderPartyMember', width: 120, render: (v: boolean) => (v ? t('partyBuilding.yes') : t('partyBuilding.no')) },
          {
            title: t('partyBuilding.status'), dataIndex: 'status', width: 140,
            render: (s: UncoveredOrganization['status']) => <Tag color={partyStatusColors[s]}>{t(`partyBuilding.statuses.${s}`)}</Tag>,
          },
          { title: t('partyBuilding.instructor'), render: (_, o) => [o.instructorName, o.instructorAssignedOn].filter(Boolean).join(' · ') },
          ...(can('partyBuilding.update') ? [{
            key: 'assign', width: 110,
            render: (_: unknown, o: UncoveredOrganization) => <Button size="small" onClick={() => open(o.id)}>{t('partyBuilding.assign')}</Button>,
          }] : []),
        ]}
      />
      {editing && (
        <PartyBuildingModal
          current={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            message.success(t('partyBuilding.saved'));
            void queryClient.invalidateQueries({ queryKey: ['partyCoverage'] });
            void list.query.refetch();
          }}
        />
      )}
    </Card>
  );
}
