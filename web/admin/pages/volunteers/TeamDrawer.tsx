import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, listUrl, type ListResult } from '../../../common/api';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import type { Team, Volunteer } from './volunteerTypes';

/** A team: where it sits, whose it is, its manager, and its members, added and removed by whoever manages it. */
export function TeamDrawer({ team: row, onClose, onChanged, onEdit }: { team: Team; onClose(): void; onChanged(): Promise<void>; onEdit(team: Team): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const manage = can('volunteerTeam.manage');
  const [adding, setAdding] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const id = row.id;
  const members = useQuery({
    queryKey: ['/api/volunteers', { teamId: id }],
    queryFn: () => api.get<ListResult<Volunteer>>(listUrl('/api/volunteers', { teamId: id, pageSize: 200 })),
  });
  const candidates = useQuery({
    queryKey: ['/api/volunteers', 'member-picker', q],
    queryFn: () => api.get<ListResult<Volunteer>>(listUrl('/api/volunteers', { q, pageSize: 20 })),
    placeholderData: keepPreviousData,
    enabled: manage,
  });
  const changed = async () => { await Promise.all([members.refetch(), onChanged()]); };
  const add = async () => {
    try {
      await api.post(`/api/volunteer-teams/${id}/members`, { volunteerId: adding });
      setAdding(undefined);
      message.success(t('common.saved'));
      await changed();
    } catch (error) {
      showProblem(error);
    }
  };
  const remove = async (volunteer: Volunteer) => {
    try {
      await api.send('DELETE', `/api/volunteer-teams/${id}/members/${volunteer.id}`);
      await changed();
    } catch (error) {
      showProblem(error);
    }
  };
  const memberIds = new Set((members.data?.items ?? []).map((v) => v.id));
  return (
    <Drawer open size={640} title={row.name} onClose={onClose}
      extra={manage && <Button onClick={() => onEdit(row)}>{t('volunteers.editTeam')}</Button>}>
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 20 }}>
        <Descriptions.Item label={t('volunteers.team.place')}>{row.placeName}</Descriptions.Item>
        <Descriptions.Item label={t('volunteers.team.owner')}>{row.organizationName ?? row.stationName ?? t('volunteers.team.ownerKinds.own')}</Descriptions.Item>
        <Descriptions.Item label={t('volunteers.team.manager')}>{row.managerName}</Descriptions.Item>
        <Descriptions.Item label={t('volunteers.team.memberCount')}>{row.memberCount}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('volunteers.members')}</Typography.Title>
      {manage && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Select
            style={{ width: 300 }} allowClear showSearch={{ filterOption: false, onSearch: setQ }} value={adding} onChange={setAdding}
            placeholder={t('volunteers.pickVolunteer')} aria-label={t('volunteers.pickVolunteer')} loading={candidates.isFetching}
            options={(candidates.data?.items ?? []).filter((v) => !memberIds.has(v.id)).map((v) => ({ value: v.id, label: `${v.name}（${v.communityName ?? v.jurisdictionCode}）` }))}
          />
          <Button type="primary" disabled={!adding} onClick={add}>{t('volunteers.addMember')}</Button>
        </Space>
      )}
      <Table<Volunteer>
        rowKey="id"
        size="small"
        data-testid="team-members"
        loading={members.isFetching}
        dataSource={members.data?.items ?? []}
        locale={{ emptyText: t('volunteers.noMembers') }}
        pagination={false}
        columns={[
          { title: t('volunteers.fields.name'), dataIndex: 'name' },
          { title: t('volunteers.fields.place'), dataIndex: 'communityName' },
          { title: t('volunteers.fields.phone'), dataIndex: 'phoneMasked' },
          ...(manage ? [{
            title: t('common.actions'), width: 80, render: (_: unknown, v: Volunteer) => (
              <Popconfirm title={t('volunteers.removeConfirm', { name: v.name })} onConfirm={() => remove(v)} okText={t('common.yes')} cancelText={t('common.no')}>
                <Button size="small" danger>{t('volunteers.remove')}</Button>
              </Popconfirm>
            ),
          }] : []),
        ]}
      />
    </Drawer>
  );
}
