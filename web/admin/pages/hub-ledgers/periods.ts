import { useTranslation } from 'react-i18next';

/**
 * The half years a hub can generate: the one running and the ones before it, newest first, in
 * China Standard Time (UTC+8, no daylight saving), as the server counts them.
 */
export function recentPeriods(count = 4, now = new Date()): string[] {
  const shanghai = new Date(now.getTime() + 8 * 3_600_000);
  let year = shanghai.getUTCFullYear();
  let half = shanghai.getUTCMonth() < 6 ? 1 : 2;
  const periods: string[] = [];
  for (let i = 0; i < count; i++) {
    periods.push(`${year}H${half}`);
    if (half === 2) half = 1;
    else { half = 2; year--; }
  }
  return periods;
}

/** '2026H1' → 2026年上半年 / January–June 2026. */
export function usePeriodLabel() {
  const { t } = useTranslation();
  return (period: string) => t('hubLedgers.periodLabel', { year: period.slice(0, 4), half: t(`hubLedgers.halves.${period.slice(5)}`) });
}
