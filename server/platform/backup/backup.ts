import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database, type Db } from '../db/database';
import { withoutScope } from '../db/scope-guard';
import { tablesInDependencyOrder } from '../db/table-order';
import { derivedTables } from '../db/derived-tables';

/**
 * Logical backup of the platform's tables: one gzipped file of JSON lines, the same on PGlite and
 * PostgreSQL (so a backup taken on one restores on the other). Restore goes into a freshly
 * migrated, empty database of the same migration level. Rows go out and in through
 * row_to_json / json_populate_recordset, so PostgreSQL itself converts every type both ways.
 * Tables that triggers derive (`derivedTables`) are left out: the restore's inserts rebuild them.
 * Sequences (audit_log.id) are set past the restored rows.
 * Large PostgreSQL deployments may prefer pg_dump; this format is the one the test checks.
 */
export type BackupManifest = { format: 'linli-backup'; version: 1; createdAt: string; migrations: string[]; tables: string[] };
export type BackupProgress = (table: string, rows: number) => void;

const batchSize = 1000;

async function appliedMigrations(database: Database): Promise<string[]> {
  const rows = await database.query<{ hash: string }>('SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id');
  return rows.map((r) => r.hash);
}

export async function writeBackup(database: Database, file: string, onProgress?: BackupProgress): Promise<BackupManifest> {
  const tables = (await tablesInDependencyOrder(database)).filter((t) => !(derivedTables as readonly string[]).includes(t));
  const manifest: BackupManifest = {
    format: 'linli-backup', version: 1, createdAt: new Date().toISOString(),
    migrations: await appliedMigrations(database), tables,
  };
  const gzip = createGzip();
  const out = gzip.pipe(fs.createWriteStream(`${file}.partial`));
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  await write(JSON.stringify(manifest));
  // One transaction: a consistent snapshot of all tables, read through a cursor per table.
  await withoutScope('a backup copies every row', () => database.db.transaction(async (tx) => {
    await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
    for (const table of tables) {
      let rows = 0;
      await tx.execute(sql.raw(`DECLARE backup_cursor NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM "${table}" t`));
      for (;;) {
        const batch = rowsOf<{ row: string }>(await tx.execute(sql.raw(`FETCH ${batchSize} FROM backup_cursor`)));
        for (const { row } of batch) await write(`{"t":${JSON.stringify(table)},"r":${row}}`);
        rows += batch.length;
        onProgress?.(table, rows);
        if (batch.length < batchSize) break;
      }
      await tx.execute(sql`CLOSE backup_cursor`);
    }
  }));
  gzip.end();
  await once(out, 'finish');
  fs.renameSync(`${file}.partial`, file);
  return manifest;
}

export async function restoreBackup(database: Database, file: string, onProgress?: BackupProgress): Promise<BackupManifest> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done) throw new Error('empty backup file');
  const manifest = JSON.parse(first.value) as BackupManifest;
  // Checked before the transaction: the embedded database has one connection, which it will hold.
  await checkTarget(database, manifest);
  await withoutScope('a restore writes every row', () => database.db.transaction(async (tx) => {
    let table = '';
    let pending: string[] = [];
    let count = 0;
    const flush = async () => {
      if (!pending.length) return;
      const target = sql.identifier(table);
      await tx.execute(sql`INSERT INTO ${target} SELECT * FROM json_populate_recordset(null::${target}, ${`[${pending.join(',')}]`}::json)`);
      count += pending.length;
      pending = [];
      onProgress?.(table, count);
    };
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const { t, r } = JSON.parse(next.value) as { t: string; r: unknown };
      if (!manifest.tables.includes(t)) throw new Error(`backup names unknown table ${t}`);
      if (t !== table) {
        await flush();
        table = t;
        count = 0;
      }
      pending.push(JSON.stringify(r));
      if (pending.length >= batchSize) await flush();
    }
    await flush();
    await resetSequences(tx, manifest.tables);
  }));
  return manifest;
}

/** Each column default's sequence (audit_log.id) moves past the restored rows, so new rows take new numbers. */
async function resetSequences(tx: Db, tables: string[]): Promise<void> {
  const columns = rowsOf<{ table_name: string; column_name: string }>(await tx.execute(sql`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = any(${sql.param(tables)}::text[]) AND column_default LIKE 'nextval(%'`));
  for (const { table_name: table, column_name: column } of columns) {
    const [target, value] = [sql.identifier(table), sql.identifier(column)];
    await tx.execute(sql`SELECT setval(pg_get_serial_sequence(${`"${table}"`}, ${column}), coalesce(max(${value}), 0) + 1, false) FROM ${target}`);
  }
}

async function checkTarget(database: Database, manifest: BackupManifest): Promise<void> {
  if (manifest.format !== 'linli-backup') throw new Error('not a Linli backup file');
  const migrations = await appliedMigrations(database);
  if (migrations.join() !== manifest.migrations.join()) {
    throw new Error('the backup was taken at another migration level; restore it with the same version of Linli');
  }
  for (const table of manifest.tables) {
    const [{ any }] = await database.query<{ any: boolean }>(`SELECT exists(SELECT 1 FROM "${table}") AS any`);
    if (any) throw new Error(`the target database is not empty (table ${table} has rows); restore into a new database`);
  }
}
