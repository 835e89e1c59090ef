import type { Dayjs } from 'dayjs';

type FilterValues = Record<string, unknown> & { period?: [Dayjs, Dayjs] | null };

/** A filter form's values as list parameters: the date range becomes `from` and `to`. */
export function toListFilters({ period, ...rest }: FilterValues): Record<string, string | undefined> {
  const filters = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v === null || v === undefined || v === '' ? undefined : String(v)]));
  return { ...filters, from: period?.[0]?.format('YYYY-MM-DD'), to: period?.[1]?.format('YYYY-MM-DD') };
}
