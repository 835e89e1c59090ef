import { describe, expect, it } from 'vitest';
import { limitPeriodStart } from './limit-period';
import { expiryCutoff } from './expire-points.job';

describe('periods in Asia/Shanghai', () => {
  // 2026-04-01 00:30 in Beijing is still 31 March in UTC.
  const earlyApril = new Date('2026-03-31T16:30:00Z');

  it('starts the month, quarter and year at midnight Beijing time', () => {
    expect(limitPeriodStart('month', earlyApril).toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(limitPeriodStart('quarter', earlyApril).toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(limitPeriodStart('year', earlyApril).toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(limitPeriodStart('quarter', new Date('2026-03-31T15:59:00Z')).toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(limitPeriodStart('quarter', new Date('2026-11-15T04:00:00Z')).toISOString()).toBe('2026-09-30T16:00:00.000Z');
  });

  it('puts the expiry cutoff at the start of the same Beijing day, years before', () => {
    expect(expiryCutoff(earlyApril, 3).toISOString()).toBe('2023-03-31T16:00:00.000Z');
    // 29 February has no twin three years on: the cutoff rolls to 1 March.
    expect(expiryCutoff(new Date('2028-02-29T04:00:00Z'), 3).toISOString()).toBe('2025-02-28T16:00:00.000Z');
  });
});
