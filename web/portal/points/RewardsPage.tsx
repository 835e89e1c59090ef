import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, listUrl, type ListResult } from '../../common/api';
import { LoadFailed, Loading, usePageTitle } from '../components/Status';
import { usePortalSession } from '../volunteer/portal-session';
import { RewardCard } from './RewardCard';
import { useMyPoints, type PublicRewardItem } from './points-api';

const pageSize = 20;

/** My points, for a signed-in volunteer. */
function MyPointsCard() {
  const { t } = useTranslation();
  const points = useMyPoints(true);
  if (points.isPending) return <Loading />;
  if (points.isError) return <LoadFailed error={points.error} onRetry={() => points.refetch()} />;
  return (
    <section className="card my-points" data-testid="my-points">
      <h2>{t('points.portal.myPoints')}</h2>
      <p className="my-points-balance">{t('points.portal.available', { points: points.data.balance })}</p>
      {points.data.reserved > 0 && <p className="portal-muted">{t('points.portal.reservedPoints', { points: points.data.reserved })}</p>}
      <Link className="text-link" to="/me/rewards">{t('points.portal.viewMine')}</Link>
    </section>
  );
}

/**
 * 积分兑换: the catalogue with points and stock; a signed-in volunteer sees their points, the items
 * of their own community and the places above it, and redeems.
 */
export default function RewardsPage() {
  const { t } = useTranslation();
  usePageTitle(t('points.portal.rewards'));
  const { session, loading } = usePortalSession();
  const volunteer = session?.user.role === 'volunteer' ? session.user : null;
  const jurisdictionCode = volunteer?.jurisdictionCode;
  const list = useInfiniteQuery({
    queryKey: ['public', 'reward-items', jurisdictionCode ?? ''],
    queryFn: ({ pageParam }) => api.get<ListResult<PublicRewardItem>>(listUrl('/api/public/reward-items', { jurisdictionCode, page: pageParam, pageSize })),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    enabled: !loading,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="page">
      <h1>{t('points.portal.rewards')}</h1>
      <p className="portal-muted">{t('points.portal.intro')}</p>
      {volunteer && <MyPointsCard />}
      {list.isPending ? <Loading /> : list.isError ? <LoadFailed error={list.error} onRetry={() => list.refetch()} /> : (
        <>
          {!items.length && <p className="result-count">{t('points.portal.empty')}</p>}
          <ul className="cards cards-single">
            {items.map((item) => <RewardCard key={item.id} item={item} signedIn={Boolean(volunteer)} />)}
          </ul>
          {list.hasNextPage && (
            <button type="button" className="button-secondary load-more" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
              {list.isFetchingNextPage ? t('common.loading') : t('portal.loadMore')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
