import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Logger } from 'drizzle-orm/logger';
import { captureSqlOf } from './sql-capture';
import { openStatementPools } from './prepared-statements';
import { registerKeyLookupDb } from './key-lookup';
import { ensureTemplate, startFromTemplate } from './embedded-template';
import { withoutScope } from './scope-guard';

/** The query surface every module uses; a transaction has the same type. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type DatabaseKind = 'pglite' | 'postgresql';

export type Database = {
  db: Db;
  kind: DatabaseKind;
  /** Raw SQL with positional parameters, for the few places the query builder does not fit. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
  /** Embedded only: the whole data directory as a tarball (test templates). */
  dumpEmbedded?(): Promise<Blob>;
  /** How the job queue (pg-boss) reaches this database: its own pool on PostgreSQL, an adapter on PGlite. */
  jobsConnection: { connectionString: string } | { db: { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } };
};

export type OpenDatabaseOptions = {
  /** postgres://… ; when absent, the embedded database is used. */
  databaseUrl?: string;
  /** Directory of the embedded database; `undefined` keeps it in memory (tests). */
  pgliteDir?: string;
  /** A tarball from `dumpEmbedded` to start the embedded database from (tests). */
  pgliteSnapshot?: Blob;
  logger?: Logger;
  poolSize?: number;
};

export const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../migrations',
);

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options) : openEmbedded(options);
}

/** The migrated, empty embedded database new data directories start from, built when missing (embedded-template.ts). */
export function ensureEmbeddedTemplate(): Promise<string> {
  return ensureTemplate(migrationsFolder, (dir) => createEmbedded({ pgliteDir: dir }));
}

async function openEmbedded(options: OpenDatabaseOptions): Promise<Database> {
  if (options.pgliteDir && !options.pgliteSnapshot) await startFromTemplate(options.pgliteDir, ensureEmbeddedTemplate);
  return createEmbedded(options);
}

/** Migrations are schema work over every jurisdiction's rows: the data-scope check does not apply. */
function migrateUnscoped(run: () => Promise<void>): Promise<void> {
  return withoutScope('schema migrations', run);
}

/** The embedded database as PGlite opens it (initdb when the directory is new), migrated. */
async function createEmbedded(options: OpenDatabaseOptions): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  if (options.pgliteDir) fs.mkdirSync(options.pgliteDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: options.pgliteDir,
    loadDataDir: options.pgliteSnapshot,
    extensions: { pg_trgm },
  });
  const db = drizzle({ client, logger: options.logger });
  await migrateUnscoped(() => migrate(db, { migrationsFolder }));
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as T[];
    },
    close: () => client.close(),
    dumpEmbedded: async () => (await client.dumpDataDir('gzip')) as Blob,
    jobsConnection: {
      db: {
        // pg-boss sends its schema scripts as several statements without parameters.
        async executeSql(text: string, values?: unknown[]) {
          if (values?.length) return client.query(text, values);
          const results = await client.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        },
      },
    },
  };
}

async function openPostgres(options: OpenDatabaseOptions): Promise<Database> {
  const pg = (await import('pg')).default;
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  captureSqlOf(pg.Client, process.env.LINLI_CAPTURE_SQL);
  // Statements run more than once are prepared per connection (prepared-statements.ts).
  // Key lookups (key-lookup.ts) run on a few connections of their own, which keep one plan per statement.
  const pools = openStatementPools(pg, options.databaseUrl!, options.poolSize ?? 20);
  const { pool, keyLookupPool } = pools;
  const db = drizzle({ client: pool, logger: options.logger });
  registerKeyLookupDb(db as unknown as Db, drizzle({ client: keyLookupPool, logger: options.logger }) as unknown as Db);
  // Several app processes may start together: one migrates while the others wait on the lock.
  const lockHolder = await pool.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock(7411802006)');
    await migrateUnscoped(() => migrate(db, { migrationsFolder }));
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock(7411802006)').catch(() => undefined);
    lockHolder.release();
  }
  return {
    db: db as unknown as Db,
    kind: 'postgresql',
    async query<T>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as T[];
    },
    close: pools.end,
    jobsConnection: { connectionString: options.databaseUrl! },
  };
}

/** Rows of a `db.execute(sql…)` result; both drivers answer `{ rows }`, typed loosely by Drizzle. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
