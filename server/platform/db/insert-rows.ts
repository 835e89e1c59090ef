import { getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn, PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './database';

/**
 * Inserts any number of rows in one statement: each column's values travel as one array parameter
 * and unnest() turns them back into rows. A multi-row VALUES binds one parameter per cell (a
 * 10,000-member roster binds 130,000, past the wire protocol's 65,535) and took Drizzle longer to
 * build than the database to run.
 *
 * Every row gives the same columns; a column none gives takes its `$defaultFn` per row, else the
 * database default.
 */
export async function insertRows<T extends PgTable>(db: Db, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  if (!rows.length) return;
  const given = rows[0] as Record<string, unknown>;
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>)
    .filter(([key, column]) => given[key] !== undefined || column.defaultFn);
  const arrays = columns.map(([key, column]) => {
    // unnest() flattens an array of arrays: a row's own array value would spill into the next rows.
    if (column.getSQLType().endsWith('[]')) throw new Error(`insertRows: ${column.name} is an array column, which unnest() cannot carry`);
    const values = rows.map((row) => {
      const own = (row as Record<string, unknown>)[key];
      const value = own === undefined ? column.defaultFn?.() : own;
      return value === undefined || value === null ? null : column.mapToDriverValue(value);
    });
    return sql`${sql.param(values)}::${sql.raw(column.getSQLType())}[]`;
  });
  const names = columns.map(([, column]) => sql.identifier(column.name));
  await db.execute(sql`insert into ${table} (${sql.join(names, sql`, `)}) select * from unnest(${sql.join(arrays, sql`, `)})`);
}
