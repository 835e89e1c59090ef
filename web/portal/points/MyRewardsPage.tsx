import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, listUrl, type ListResult } from '../../common/api';
import { formatDate } from '../../common/format';
import { Badge, LoadFailed, Loading, usePageTitle, type BadgeTone } from '../components/Status';
import { PickupCode } from './PickupCode';
import { myRedemptionsKey, type MyRedemption } from './points-api';

const pageSize = 20;
const tones: Record<MyRedemption['status'], BadgeTone> = { reserved: 'warn', completed: 'good', expired: 'plain' };

/** 我的兑换: each redemption with its status; those waiting for pickup show their code. */
export default function MyRewardsPage() {
  const { t } = useTranslation();
  usePageTitle(t('points.portal.myRewards'));
  const list = useInfiniteQuery({
    queryKey: myRedemptionsKey,
    queryFn: ({ pageParam }) => api.get<ListResult<MyRedemption>>(listUrl('/api/redemptions/mine', { page: pageParam, pageSize })),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="page">
      <Link className="back-link" to="/rewards">← {t('points.portal.rewards')}</Link>
      <h1>{t('points.portal.myRewards')}</h1>
      {list.isPending ? <Loading /> : list.isError ? <LoadFailed error={list.error} onRetry={() => list.refetch()} /> : (
        <>
          {!items.length && <p className="result-count">{t('points.portal.noRedemptions')}</p>}
          <ul className="cards cards-single">
            {items.map((r) => (
              <li key={r.id} className="card reward-card" data-testid="my-redemption">
                <h3>{r.title}</h3>
                <p className="badges">
                  <Badge tone={tones[r.status]}>{t(`points.statuses.${r.status}`)}</Badge>
                  <Badge>{t('points.portal.cost', { points: r.points })}</Badge>
                </p>
                {r.status === 'reserved' ? <PickupCode redemption={r} /> : (
                  <dl className="fields">
                    <div className="field"><dt>{t('points.pickupCode')}</dt><dd>{r.pickupCode}</dd></div>
                    <div className="field"><dt>{t('points.createdAt')}</dt><dd>{formatDate(r.createdAt)}</dd></div>
                    {r.completedAt && <div className="field"><dt>{t('points.completedAt')}</dt><dd>{formatDate(r.completedAt)}</dd></div>}
                  </dl>
                )}
              </li>
            ))}
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
