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
