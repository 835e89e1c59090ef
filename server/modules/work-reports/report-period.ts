import { addDays, shanghaiDate } from '../../platform/dates';

/**
 * Periods of the work report to the 两委 (`workReport.period`): a quarter '2026Q3', a half year
 * '2026H1' or a year '2026', in China Standard Time (a fixed UTC+8, no daylight saving).
 */
export type PeriodKind = 'quarter' | 'half_year' | 'year';

export const reportPeriodPattern = /^\d{4}(Q[1-4]|H[12])?$/;

export type ReportPeriod = {
  period: string;
  kind: PeriodKind;
  year: number;
  /** First and last calendar day, 'YYYY-MM-DD'. */
  firstDay: string;
  lastDay: string;
  /** The instants that bound it: [start, end). */
  start: Date;
  end: Date;
};

const monthsOf: Record<PeriodKind, number> = { quarter: 3, half_year: 6, year: 12 };

function kindOf(period: string): PeriodKind {
  if (period.length === 4) return 'year';
  return period[4] === 'Q' ? 'quarter' : 'half_year';
}

/** Midnight in Shanghai at the start of a calendar date. */
function shanghaiStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** The first day of the month `monthIndex` (0-based, may run past December) of `year`. */
function firstOfMonth(year: number, monthIndex: number): string {
  return new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 10);
}

export function reportPeriod(period: string): ReportPeriod {
  if (!reportPeriodPattern.test(period)) throw new Error(`Not a report period: ${period}`);
  const kind = kindOf(period);
  const year = Number(period.slice(0, 4));
  const months = monthsOf[kind];
  const index = kind === 'year' ? 0 : Number(period.slice(5)) - 1;
  const firstDay = firstOfMonth(year, index * months);
  const nextFirstDay = firstOfMonth(year, (index + 1) * months);
  return { period, kind, year, firstDay, lastDay: addDays(nextFirstDay, -1), start: shanghaiStart(firstDay), end: shanghaiStart(nextFirstDay) };
}

/** The period of a kind an instant falls in. */
export function reportPeriodOf(at: Date, kind: PeriodKind): string {
  const date = shanghaiDate(at);
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (kind === 'year') return year;
  return kind === 'quarter' ? `${year}Q${Math.ceil(month / 3)}` : `${year}H${month <= 6 ? 1 : 2}`;
}

/** The period just before, of the same kind. */
export function previousReportPeriod(period: string): string {
  const { kind, start } = reportPeriod(period);
  return reportPeriodOf(new Date(start.getTime() - 1), kind);
}

/** The last period of a kind that has ended by `now`: the one whose reports are due next. */
export function lastEndedReportPeriod(now: Date, kind: PeriodKind): string {
  return previousReportPeriod(reportPeriodOf(now, kind));
}

/** Due `dueDays` after the period's last day. */
export function reportDueOn(period: string, dueDays: number): string {
  return addDays(reportPeriod(period).lastDay, dueDays);
}

/** '2026H1' → 2026年上半年, '2026Q3' → 2026年第三季度, '2026' → 2026年度 (or English). */
export function reportPeriodLabel(period: string, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  const { kind, year } = reportPeriod(period);
  const n = Number(period.slice(5));
  if (lang === 'en') {
    if (kind === 'year') return `Year ${year}`;
    return kind === 'quarter' ? `Q${n} ${year}` : `${n === 1 ? 'January–June' : 'July–December'} ${year}`;
  }
  if (kind === 'year') return `${year}年度`;
  return kind === 'quarter' ? `${year}年第${'一二三四'[n - 1]}季度` : `${year}年${n === 1 ? '上' : '下'}半年`;
}
