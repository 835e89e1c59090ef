import { useTranslation } from 'react-i18next';
import { formatDate } from '../../common/format';
import type { MyRedemption } from './points-api';

/** The code shown at the counter, large enough to read off a phone, with where and by when. */
export function PickupCode({ redemption }: { redemption: MyRedemption }) {
  const { t } = useTranslation();
  return (
    <div className="pickup">
      <p className="portal-muted">{t('points.portal.showCode')}</p>
      <p className="pickup-code" data-testid="pickup-code" aria-label={t('points.pickupCode')}>{redemption.pickupCode}</p>
      <dl className="fields">
        <div className="field"><dt>{t('points.portal.pickupAt')}</dt><dd>{redemption.pickupAddress}</dd></div>
        <div className="field"><dt>{t('points.portal.provider')}</dt><dd>{redemption.providerName}</dd></div>
      </dl>
      <p className="portal-muted">{t('points.portal.expiresOn', { date: formatDate(redemption.expiresAt) })}</p>
    </div>
  );
}
