import { count, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database';

/** A text search counts this many matches at most; beyond, the answer says "more than" this. */
export const searchCountCap = 1_000;

export type CountAnswer = { total: number; totalIsLowerBound?: boolean };

/**
 * The query counting how many rows of a list match: exactly, or for a text search no further than
 * `cap` + 1. A few characters typed into a province's search box match tens of thousands of
 * organizations, and checking every match to count them cost five times the page itself; nobody
 * pages through more than `cap` to find one. Filters alone count exactly (an index range, however
 * large). Built once in a list's prepared read (`preparedRead`); `countAnswer` reads its row.
 */
export function matchingCountQuery(db: Db, table: PgTable, where: SQL | undefined, { search, cap = searchCountCap }: { search: boolean; cap?: number }) {
  if (!search) return db.select({ total: count() }).from(table).where(where);
  const matches = db.select({ one: sql`1` }).from(table).where(where).limit(cap + 1).as('matches');
  return db.select({ total: count() }).from(matches);
}

export function countAnswer([{ total }]: { total: number }[], { search, cap = searchCountCap }: { search: boolean; cap?: number }): CountAnswer {
  if (!search) return { total };
  return total > cap ? { total: cap, totalIsLowerBound: true } : { total, totalIsLowerBound: false };
}

/**
 * A list page's total, counted only when the page cannot tell it: a page shorter than its limit is
 * the last one, so the total is the rows before it and its own. A search with a handful of matches
 * (most searches) then costs one statement; a full page, or an empty one past the end, counts.
 */
export async function pageTotal(
  rows: unknown[], window: { limit: number; offset: number }, options: { search: boolean },
  count: () => Promise<{ total: number }[]>,
): Promise<CountAnswer> {
  if (rows.length < window.limit && (rows.length > 0 || window.offset === 0)) {
    const total = window.offset + rows.length;
    return options.search ? { total, totalIsLowerBound: false } : { total };
  }
  return countAnswer(await count(), options);
}
