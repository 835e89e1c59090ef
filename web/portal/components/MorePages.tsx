import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, listUrl } from '../../common/api';

type Paging = { page: number; pageSize: number; total: number };
type Params = Record<string, string | number | boolean | undefined | null>;

/**
 * A list read page by page as a phone reader scrolls ("load more"): `url` with `params`, the page
 * number added. `paging` finds the page facts in an answer that nests its list (the time bank's
 * history); `enabled: false` waits (for the reader's place, say).
 */
export function useMorePages<R>(
  queryKey: QueryKey, url: string, params: Params,
  { paging = (answer) => answer as Paging, enabled = true }: { paging?: (answer: R) => Paging; enabled?: boolean } = {},
) {
  return useInfiniteQuery({
    queryKey,
    enabled,
    queryFn: ({ pageParam }) => api.get<R>(listUrl(url, { ...params, page: pageParam })),
    initialPageParam: 1,
    getNextPageParam: (last) => {
      const { page, pageSize, total } = paging(last);
      return page * pageSize < total ? page + 1 : undefined;
    },
  });
}

/** The "load more" button under such a list, while there is more. */
export function LoadMore({ list }: { list: Pick<ReturnType<typeof useMorePages>, 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'> }) {
  const { t } = useTranslation();
  if (!list.hasNextPage) return null;
  return (
    <button type="button" className="button-secondary load-more" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
      {list.isFetchingNextPage ? t('common.loading') : t('portal.loadMore')}
    </button>
  );
}
