import { getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * A row a SQL function answered as `to_jsonb(row)` (column names as keys), mapped as Drizzle maps a
 * selected row: property names, timestamps as Dates, JSON as values.
 */
export function rowFromJson<T extends PgTable>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>);
  return Object.fromEntries(columns.map(([key, column]) => {
    const value = json[column.name];
    return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
  })) as T['$inferSelect'];
}
