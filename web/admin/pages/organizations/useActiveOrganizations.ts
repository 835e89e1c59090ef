import { useQuery } from '@tanstack/react-query';
import { api, listUrl, type ListResult } from '../../../common/api';

/** The active organizations the user sees (a leader: their own), as select options; for report forms. */
export function useActiveOrganizations() {
  const query = useQuery({
    queryKey: ['/api/organizations', 'active'],
    queryFn: () => api.get<ListResult<{ id: string; name: string }>>(listUrl('/api/organizations', { status: 'active', pageSize: 200 })),
  });
  return { loaded: !!query.data, options: query.data?.items.map((o) => ({ value: o.id, label: o.name })) ?? [] };
}
