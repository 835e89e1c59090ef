import { addDays, shanghaiDate, shanghaiOffsetMs } from '../../platform/dates';

/**
 * Half years of the work ledger (seed 001: 每半年报送): '2026H1' is January–June, '2026H2' July–December,
 * both in China Standard Time. China keeps one zone without daylight saving: a fixed UTC+8.
 */

export const periodPattern = /^(\d{4})H([12])$/;

export type HalfYear = {
  period: string;
  year: number;
  half: 1 | 2;
  /** First and last calendar day, 'YYYY-MM-DD'. */
  firstDay: string;
  lastDay: string;
  /** The instants that bound it: [start, end). */
  start: Date;
  end: Date;
};

/** Midnight in Shanghai of a calendar date, as an instant. */
function shanghaiMidnight(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day) - shanghaiOffsetMs);
}

export function halfYear(period: string): HalfYear {
  const match = periodPattern.exec(period);
  if (!match) throw new Error(`Not a half year: ${period}`);
  const year = Number(match[1]);
  const half = match[2] === '1' ? 1 : 2;
  return {
    period, year, half,
    firstDay: half === 1 ? `${year}-01-01` : `${year}-07-01`,
    lastDay: half === 1 ? `${year}-06-30` : `${year}-12-31`,
    start: shanghaiMidnight(year, half === 1 ? 0 : 6, 1),
    end: half === 1 ? shanghaiMidnight(year, 6, 1) : shanghaiMidnight(year + 1, 0, 1),
  };
}

/** The half year an instant falls in. */
export function periodOf(at: Date): string {
  const date = shanghaiDate(at);
  return `${date.slice(0, 4)}H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

export function previousPeriod(period: string): string {
  const { year, half } = halfYear(period);
  return half === 2 ? `${year}H1` : `${year - 1}H2`;
}

/** The last half year that has ended by `now`: the one whose ledger is due next. */
export function lastEndedPeriod(now: Date): string {
  return previousPeriod(periodOf(now));
}

/** Due `dueDays` after the half year's last day (15 → 15 July for the first half). */
export function dueOn(period: string, dueDays: number): string {
  return addDays(halfYear(period).lastDay, dueDays);
}

export function periodLabel(period: string, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  const { year, half } = halfYear(period);
  if (lang === 'en') return `${half === 1 ? 'January–June' : 'July–December'} ${year}`;
  return `${year}年${half === 1 ? '上' : '下'}半年`;
}
