import { describe, expect, it } from 'vitest';
import { lastEndedReportPeriod, previousReportPeriod, reportDueOn, reportPeriod, reportPeriodLabel, reportPeriodOf } from './report-period';

describe('work report periods', () => {
  it('names the period an instant falls in, by the Shanghai calendar', () => {
    // 2026-06-30 17:00 UTC is already 1 July in Shanghai.
    const at = new Date('2026-06-30T17:00:00Z');
    expect(reportPeriodOf(at, 'quarter')).toBe('2026Q3');
    expect(reportPeriodOf(at, 'half_year')).toBe('2026H2');
    expect(reportPeriodOf(at, 'year')).toBe('2026');
    expect(reportPeriodOf(new Date('2026-06-30T15:59:59Z'), 'half_year')).toBe('2026H1');
    expect(reportPeriodOf(new Date('2026-03-31T12:00:00Z'), 'quarter')).toBe('2026Q1');
  });

  it('bounds each kind of period', () => {
    expect(reportPeriod('2026Q3')).toMatchObject({ kind: 'quarter', firstDay: '2026-07-01', lastDay: '2026-09-30' });
    expect(reportPeriod('2026Q4')).toMatchObject({ firstDay: '2026-10-01', lastDay: '2026-12-31' });
    expect(reportPeriod('2026H1')).toMatchObject({ kind: 'half_year', firstDay: '2026-01-01', lastDay: '2026-06-30' });
    expect(reportPeriod('2024Q1').lastDay).toBe('2024-03-31');
    expect(reportPeriod('2026')).toMatchObject({ kind: 'year', firstDay: '2026-01-01', lastDay: '2026-12-31' });
    expect(reportPeriod('2026H2').start.toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(reportPeriod('2026H2').end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(() => reportPeriod('2026Q5')).toThrow();
  });

  it('steps back across years and finds the last ended period', () => {
    expect(previousReportPeriod('2026Q1')).toBe('2025Q4');
    expect(previousReportPeriod('2026H1')).toBe('2025H2');
    expect(previousReportPeriod('2026')).toBe('2025');
    const now = new Date('2026-08-10T02:00:00Z');
    expect(lastEndedReportPeriod(now, 'quarter')).toBe('2026Q2');
    expect(lastEndedReportPeriod(now, 'half_year')).toBe('2026H1');
    expect(lastEndedReportPeriod(now, 'year')).toBe('2025');
  });

  it('counts the due date from the last day and labels periods', () => {
    expect(reportDueOn('2026H1', 15)).toBe('2026-07-15');
    expect(reportDueOn('2026Q4', 15)).toBe('2027-01-15');
    expect(reportPeriodLabel('2026H1')).toBe('2026年上半年');
    expect(reportPeriodLabel('2026Q3')).toBe('2026年第三季度');
    expect(reportPeriodLabel('2026')).toBe('2026年度');
    expect(reportPeriodLabel('2026Q3', 'en')).toBe('Q3 2026');
  });
});
