/**
 * Dates as people in China read them. China keeps one zone without daylight saving, a fixed UTC+8,
 * so the calendar date of an instant is its UTC time moved eight hours on.
 */
export const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

/** The calendar date in Shanghai of an instant, 'YYYY-MM-DD'. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + shanghaiOffsetMs).toISOString().slice(0, 10);
}

/** The calendar year in Shanghai of an instant (00:30 on 1 January Beijing time is the new year). */
export function shanghaiYear(at: Date): number {
  return Number(shanghaiDate(at).slice(0, 4));
}

/** 2026-03-01 → 2026年3月1日, as dates are written on official papers. */
export function paperDate(isoDate: string | null | undefined): string {
  const match = isoDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : '';
}

/** The calendar date `days` days after an ISO date (negative for before). */
export function addDays(isoDate: string, days: number): string {
  const at = new Date(`${isoDate}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * The date `days` working days after an ISO date, counting Monday to Friday. Public holidays and the
 * weekends worked in their place are announced each year and not known here, so a deadline on this
 * count may fall a day or two early around a holiday: on the safe side for a deadline the platform keeps.
 */
export function addWorkingDays(isoDate: string, days: number): string {
  let date = isoDate;
  for (let left = days; left > 0;) {
    date = addDays(date, 1);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return date;
}

/** The date `months` calendar months after an ISO date (31 January + 1 month → 28 or 29 February). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
