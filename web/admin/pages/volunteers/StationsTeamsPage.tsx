import { useState } from 'react';
import { Button, Card, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import type { Station, Team } from './volunteerTypes';
import { StationModal } from './StationModal';
import { TeamModal } from './TeamModal';
import { TeamDrawer } from './TeamDrawer';

/** 服务站与队伍: the stations and teams of the user's subtree (a leader: its organizations' teams), their managers and members. */
export default function StationsTeamsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const stations = usePagedList<Station>('/api/volunteer-stations');
  const teams = usePagedList<Team>('/api/volunteer-teams');
  const [station, setStation] = useState<Station | 'new' | null>(null);
  const [team, setTeam] = useState<Team | 'new' | null>(null);
  const [openTeam, setOpenTeam] = useState<string | null>(null);
  const openRow = teams.rows.find((row) => row.id === openTeam);
  const refresh = async () => {
    await Promise.all([stations.query.refetch(), teams.query.refetch(), queryClient.invalidateQueries({ queryKey: ['/api/volunteer-teams', 'options'] })]);
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={t('volunteers.stations')}
        extra={can('volunteerStation.manage') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setStation('new')}>{t('volunteers.addStation')}</Button>}
      >
        <Table<Station>
          rowKey="id"
          data-testid="stations-table"
          {...stations.tableProps}
          columns={[
            { title: t('volunteers.station.name'), dataIndex: 'name' },
            { title: t('volunteers.station.place'), dataIndex: 'placeName', width: 140 },
            { title: t('volunteers.station.address'), dataIndex: 'address' },
            { title: t('volunteers.station.manager'), dataIndex: 'managerName', width: 120 },
            { title: t('volunteers.station.teamCount'), dataIndex: 'teamCount', width: 90 },
            ...(can('volunteerStation.manage') ? [{
              title: t('common.actions'), width: 90, render: (_: unknown, s: Station) => <Button size="small" onClick={() => setStation(s)}>{t('common.edit')}</Button>,
            }] : []),
          ]}
        />
      </Card>
      <Card
        title={t('volunteers.teams')}
        extra={can('volunteerTeam.manage') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setTeam('new')}>{t('volunteers.addTeam')}</Button>}
      >
        <Table<Team>
          rowKey="id"
          data-testid="teams-table"
          {...teams.tableProps}
          onRow={(row) => ({ onClick: () => setOpenTeam(row.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('volunteers.team.name'), dataIndex: 'name' },
            { title: t('volunteers.team.place'), dataIndex: 'placeName', width: 140 },
            { title: t('volunteers.team.owner'), render: (_, row) => row.organizationName ?? row.stationName ?? t('volunteers.team.ownerKinds.own') },
            { title: t('volunteers.team.manager'), dataIndex: 'managerName', width: 120 },
            { title: t('volunteers.team.memberCount'), dataIndex: 'memberCount', width: 90 },
          ]}
        />
      </Card>
      {station && <StationModal station={station === 'new' ? null : station} onClose={() => setStation(null)} onSaved={async () => { setStation(null); await refresh(); }} />}
      {team && <TeamModal team={team === 'new' ? null : team} onClose={() => setTeam(null)} onSaved={async () => { setTeam(null); await refresh(); }} />}
      {openRow && <TeamDrawer team={openRow} onClose={() => setOpenTeam(null)} onChanged={refresh} onEdit={(row) => setTeam(row)} />}
    </Space>
  );
}
