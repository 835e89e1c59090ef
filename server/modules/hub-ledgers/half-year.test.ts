import { describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../platform/dates';
import { dueOn, halfYear, lastEndedPeriod, periodLabel, periodOf, previousPeriod } from './half-year';

describe('half years', () => {
  it('bounds a half year by midnight in Shanghai', () => {
    const h1 = halfYear('2026H1');
    expect(h1).toMatchObject({ year: 2026, half: 1, firstDay: '2026-01-01', lastDay: '2026-06-30' });
    expect(h1.start.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(h1.end.toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(halfYear('2026H2').end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('places an instant in its Shanghai half year', () => {
    expect(periodOf(new Date('2026-06-30T15:59:59Z'))).toBe('2026H1');
    expect(periodOf(new Date('2026-06-30T16:00:00Z'))).toBe('2026H2');
    expect(periodOf(new Date('2026-12-31T16:30:00Z'))).toBe('2027H1');
    expect(shanghaiDate(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });

  it('knows the previous and the last ended half year', () => {
    expect(previousPeriod('2026H1')).toBe('2025H2');
    expect(previousPeriod('2026H2')).toBe('2026H1');
    expect(lastEndedPeriod(new Date('2026-07-03T00:00:00Z'))).toBe('2026H1');
    expect(lastEndedPeriod(new Date('2027-01-10T00:00:00Z'))).toBe('2026H2');
  });

  it('falls due some days after the half year ends', () => {
    expect(dueOn('2026H1', 15)).toBe('2026-07-15');
    expect(dueOn('2026H2', 15)).toBe('2027-01-15');
  });

  it('names a half year', () => {
    expect(periodLabel('2026H1')).toBe('2026年上半年');
    expect(periodLabel('2026H2', 'en')).toBe('July–December 2026');
  });

  it('refuses what is not a half year', () => {
    expect(() => halfYear('2026H3')).toThrow();
  });
});
