import { count, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database';

/** A text search counts this many matches at most; beyond, the answer says "more than" this. */
export const searchCountCap = 1_000;

/**
 * How many rows of a list match: exactly, or for a text search no further than `cap` + 1. A few
 * characters typed into a province's search box match tens of thousands of organizations, and checking
 * every match to count them cost five times the page itself; nobody pages through more than `cap` to
 * find one. Filters alone count exactly (an index range, however large).
 */
export async function countMatching(
  db: Db, table: PgTable, where: SQL | undefined, options: { search: boolean; cap?: number },
): Promise<CountAnswer> {
  return countAnswer(await matchingCountQuery(db, table, where, options), options);
}

export type CountAnswer = { total: number; totalIsLowerBound?: boolean };

/** The query `countMatching` runs, for a read built once (`preparedRead`); `countAnswer` reads its row. */
export function matchingCountQuery(db: Db, table: PgTable, where: SQL | undefined, { search, cap = searchCountCap }: { search: boolean; cap?: number }) {
  if (!search) return db.select({ total: count() }).from(table).where(where);
  const matches = db.select({ one: sql`1` }).from(table).where(where).limit(cap + 1).as('matches');
  return db.select({ total: count() }).from(matches);
}

export function countAnswer([{ total }]: { total: number }[], { search, cap = searchCountCap }: { search: boolean; cap?: number }): CountAnswer {
  if (!search) return { total };
  return total > cap ? { total: cap, totalIsLowerBound: true } : { total, totalIsLowerBound: false };
}
