import { addMonths, addWorkingDays } from '../../platform/dates';
import type { CreditListCause, CreditListKind } from './credit-lists.tables';

export type CreditPeriods = { entryWorkingDays: number; abnormalExpiryMonths: number; seriousAfterYears: number; seriousCleanYears: number };

/** An entry is due within `entryWorkingDays` working days of its cause. */
export function entryDueOn(causeOn: string, periods: Pick<CreditPeriods, 'entryWorkingDays'>): string {
  return addWorkingDays(causeOn, periods.entryWorkingDays);
}

/**
 * Causes with nothing the organization can fix (a staff decision, e.g. unreachable at its address)
 * leave the abnormal list by themselves after the expiry months; the others stay until fixed.
 */
export const selfExpiringCauses: readonly CreditListCause[] = ['staff_decision'];

/**
 * What the daily review does with an entry still on a list on `today`: an abnormal entry with nothing
 * to fix expires; one still there after `seriousAfterYears` moves to the serious list; a serious entry
 * leaves after `seriousCleanYears` clean years (no other entry of the organization since it was made).
 */
export function reviewEntry(
  entry: { list: CreditListKind; cause: CreditListCause; enteredOn: string },
  today: string,
  periods: CreditPeriods,
  laterEntryOn: string | null,
): 'expire' | 'promote' | 'clean' | null {
  if (entry.list === 'abnormal') {
    if (today >= addMonths(entry.enteredOn, periods.seriousAfterYears * 12)) return 'promote';
    if (selfExpiringCauses.includes(entry.cause) && today >= addMonths(entry.enteredOn, periods.abnormalExpiryMonths)) return 'expire';
    return null;
  }
  const cleanFrom = laterEntryOn && laterEntryOn > entry.enteredOn ? laterEntryOn : entry.enteredOn;
  return today >= addMonths(cleanFrom, periods.seriousCleanYears * 12) ? 'clean' : null;
}
