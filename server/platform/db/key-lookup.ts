import type { Db } from './database';
import { keyLookupStatementPrefix } from './prepared-statements';
import { preparedRead, type Preparable } from './prepared-read';

/** Each PostgreSQL database's connections for key lookups, by the database's own `Db` (database.ts). */
const keyLookupDbs = new WeakMap<Db, Db>();

export function registerKeyLookupDb(db: Db, keyLookupDb: Db): void {
  keyLookupDbs.set(db, keyLookupDb);
}

/**
 * A `preparedRead` that finds rows by a unique key (a session by its token, a volunteer by its
 * account or ID number): any value gets the same plan, so on PostgreSQL it runs on the database's
 * key-lookup connections, which plan each statement once (`keyLookupPoolOptions`), instead of the
 * main pool's, which plan every run for its values. In a transaction (and on the embedded database,
 * one connection) it runs where it is called.
 *
 * Only for a read whose every value is best served by one plan: a filter whose selectivity depends
 * on the value (a subtree prefix, a status) belongs in `preparedRead` or `scopedRead`.
 */
export function keyLookupRead<R>(name: string, build: (db: Db) => Preparable<R>) {
  const read = preparedRead(`${keyLookupStatementPrefix}${name}`, build);
  return (db: Db, values: Record<string, unknown>): Promise<R> => read(keyLookupDbs.get(db) ?? db, values);
}
