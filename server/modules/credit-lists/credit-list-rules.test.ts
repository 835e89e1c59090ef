import { describe, expect, it } from 'vitest';
import { entryDueOn, reviewEntry } from './credit-list-rules';

const periods = { entryWorkingDays: 5, abnormalExpiryMonths: 6, seriousAfterYears: 2, seriousCleanYears: 2 };

describe('credit-list periods (national credit-information rules)', () => {
  it('makes an entry due five working days after its cause', () => {
    expect(entryDueOn('2026-06-01', periods)).toBe('2026-06-08');
  });

  it('expires an abnormal entry with nothing to fix after six months, not one that can be fixed', () => {
    const unreachable = { list: 'abnormal' as const, cause: 'staff_decision' as const, enteredOn: '2026-06-08' };
    expect(reviewEntry(unreachable, '2026-12-07', periods, null)).toBeNull();
    expect(reviewEntry(unreachable, '2026-12-08', periods, null)).toBe('expire');
    expect(reviewEntry({ ...unreachable, cause: 'missed_annual_report' }, '2026-12-08', periods, null)).toBeNull();
  });

  it('moves an abnormal entry to the serious list after two years on it', () => {
    const missed = { list: 'abnormal' as const, cause: 'missed_annual_report' as const, enteredOn: '2026-06-08' };
    expect(reviewEntry(missed, '2028-06-07', periods, null)).toBeNull();
    expect(reviewEntry(missed, '2028-06-08', periods, null)).toBe('promote');
  });

  it('lets a serious entry go after two clean years, counted from the organization’s latest entry', () => {
    const serious = { list: 'serious' as const, cause: 'abnormal_two_years' as const, enteredOn: '2028-06-08' };
    expect(reviewEntry(serious, '2030-06-07', periods, null)).toBeNull();
    expect(reviewEntry(serious, '2030-06-08', periods, null)).toBe('clean');
    expect(reviewEntry(serious, '2030-06-08', periods, '2029-03-01')).toBeNull();
    expect(reviewEntry(serious, '2031-03-01', periods, '2029-03-01')).toBe('clean');
  });
});
