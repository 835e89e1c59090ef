import { useTranslation } from 'react-i18next';
import { LoadMore, useMorePages } from '../components/MorePages';
import { Link } from 'react-router';
import type { ListResult } from '../../common/api';
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
  const list = useMorePages<ListResult<PublicRewardItem>>(['public', 'reward-items', jurisdictionCode ?? ''], '/api/public/reward-items', { jurisdictionCode, pageSize }, { enabled: !loading })
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
          <LoadMore list={list} />
        </>
      )}
    </div>
  );
}
