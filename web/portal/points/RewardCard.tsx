import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../common/api';
import { Badge } from '../components/Status';
import { PickupCode } from './PickupCode';
import { myPointsKey, myRedemptionsKey, type MyRedemption, type PublicRewardItem } from './points-api';

/** 32 hex digits; `crypto.randomUUID` needs a secure context, which a phone on plain http is not. */
const newRequestKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * One catalogue item. A signed-in volunteer redeems it in two taps (兑换, then confirm); the request
 * carries one idempotency key per confirmation, so pressing again after a lost answer does not
 * redeem twice. The pickup code then shows in place.
 */
export function RewardCard({ item, signedIn }: { item: PublicRewardItem; signedIn: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirmKey, setConfirmKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [redeemed, setRedeemed] = useState<MyRedemption | null>(null);

  const redeem = async () => {
    setBusy(true);
    setError('');
    try {
      setRedeemed(await api.post<MyRedemption>('/api/redemptions', { itemId: item.id, idempotencyKey: confirmKey }));
      setConfirmKey(null);
      await Promise.all([myPointsKey, myRedemptionsKey, ['public', 'reward-items']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    } finally {
      setBusy(false);
    }
  };

  const limit = item.limitCount && item.limitPeriod
    ? t('points.limitText', { count: item.limitCount, period: t(`points.periods.${item.limitPeriod}`) }) : null;
  return (
    <li className="card reward-card" data-testid="reward-item">
      <h3>{item.title}</h3>
      <p className="badges">
        <Badge tone="warn">{t('points.portal.cost', { points: item.pointsCost })}</Badge>
        {item.stock > 0 ? <Badge tone="good">{t('points.portal.stockLeft', { count: item.stock })}</Badge> : <Badge tone="bad">{t('points.portal.outOfStock')}</Badge>}
        {limit && <Badge>{limit}</Badge>}
      </p>
      {item.description && <p className="portal-muted">{item.description}</p>}
      <dl className="fields">
        <div className="field"><dt>{t('points.portal.provider')}</dt><dd>{item.providerName}</dd></div>
        <div className="field"><dt>{t('points.portal.pickupAt')}</dt><dd>{item.pickupAddress}</dd></div>
      </dl>
      {redeemed ? (
        <section className="portal-success reward-done" aria-live="polite">
          <p>{t('points.portal.success')}</p>
          <PickupCode redemption={redeemed} />
          <Link to="/me/rewards">{t('points.portal.viewMine')}</Link>
        </section>
      ) : !signedIn ? (
        <Link className="text-link" to={`/sign-in?next=${encodeURIComponent('/rewards')}`}>{t('points.portal.signInToRedeem')}</Link>
      ) : confirmKey ? (
        <div className="reward-confirm">
          <p>{t('points.portal.confirmRedeem', { points: item.pointsCost, title: item.title })}</p>
          <div className="reward-actions">
            <button type="button" disabled={busy} onClick={redeem}>{busy ? t('points.portal.redeeming') : t('points.portal.redeem')}</button>
            <button type="button" className="button-secondary" disabled={busy} onClick={() => { setConfirmKey(null); setError(''); }}>{t('points.portal.cancel')}</button>
          </div>
        </div>
      ) : (
        <button type="button" disabled={item.stock <= 0} onClick={() => setConfirmKey(newRequestKey())}>{t('points.portal.redeem')}</button>
      )}
      {error && <p className="portal-alert" role="alert">{error}</p>}
    </li>
  );
}
