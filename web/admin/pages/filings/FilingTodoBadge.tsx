import { Badge } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, type ListResult } from '../../../common/api';
import { filingsKey } from './filingTypes';

/** The menu's count of filings waiting for this user (待办), refreshed every minute and after each step taken. */
export function FilingTodoBadge() {
  const query = useQuery({
    queryKey: [filingsKey, 'todo-count'],
    queryFn: () => api.get<ListResult<unknown>>('/api/filings?todo=true&pageSize=1'),
    refetchInterval: 60_000,
  });
  return <Badge count={query.data?.total ?? 0} size="small" offset={[6, -2]} data-testid="filing-todo-badge" />;
}
