import { useTranslation } from 'react-i18next';
import { LoadMore, useMorePages } from '../components/MorePages';
import { Link } from 'react-router';
import type { ListResult } from '../../common/api';
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
  const list = useMorePages<ListResult<MyRedemption>>(myRedemptionsKey, '/api/redemptions/mine', { pageSize });
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
          <LoadMore list={list} />
        </>
      )}
    </div>
  );
}
