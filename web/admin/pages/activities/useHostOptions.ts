import { useQuery } from '@tanstack/react-query';
import { api, listUrl, type ListResult } from '../../../common/api';
import { useSession } from '../../session';
import type { HostType } from './activityTypes';

/** A station, team or organization that can host, with its place and (stations, teams) manager. */
export type HostOption = { id: string; name: string; jurisdictionCode: string; managerUserId?: string | null; managerName?: string | null };

const byId = (rows: HostOption[]) => [...new Map(rows.map((r) => [r.id, r])).values()];

/**
 * The hosts the user may publish for: stations and teams it runs (any role), those of its subtree
 * (staff who read volunteers), and organizations it reaches (a leader sees its own).
 */
export function useHostOptions(hostType: HostType | undefined) {
  const { can } = useSession();
  const unit = hostType === 'station' || hostType === 'team';
  const managed = useQuery({
    queryKey: ['volunteers', 'me', 'managed'],
    queryFn: () => api.get<{ stations: HostOption[]; teams: HostOption[] }>('/api/volunteers/me/managed'),
    enabled: unit,
  });
  const inScope = useQuery({
    queryKey: ['activity-hosts', hostType],
    queryFn: () => api.get<ListResult<HostOption>>(listUrl(hostType === 'station' ? '/api/volunteer-stations' : '/api/volunteer-teams', { pageSize: 200 })),
    enabled: unit && can('volunteer.read'),
  });
  const organizations = useQuery({
    queryKey: ['activity-hosts', 'organization'],
    queryFn: () => api.get<ListResult<HostOption>>(listUrl('/api/organizations', { status: 'active', pageSize: 200 })),
    enabled: hostType === 'organization' && can('organization.read'),
  });
  if (hostType === 'organization') return organizations.data?.items ?? [];
  if (!unit) return [];
  const own = (hostType === 'station' ? managed.data?.stations : managed.data?.teams) ?? [];
  return byId([...own, ...(inScope.data?.items ?? [])]);
}
