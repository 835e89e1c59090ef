import { getTableColumns } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database';

/** PostgreSQL's wire protocol counts a statement's bind parameters in 16 bits. */
const maxBindParameters = 65_535;

/** How many rows of `table` fit one INSERT: each row binds at most one parameter per column. */
export function rowsPerInsert(table: PgTable): number {
  return Math.floor(maxBindParameters / Object.keys(getTableColumns(table)).length);
}

/**
 * Inserts any number of rows as a few multi-row INSERTs, each under the bind-parameter limit (one
 * statement with every row fails beyond it: a 10,000-member roster binds 130,000).
 */
export async function insertInBatches<T extends PgTable>(db: Db, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  const size = rowsPerInsert(table);
  for (let start = 0; start < rows.length; start += size) {
    await db.insert(table).values(rows.slice(start, start + size));
  }
}
