import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, migrationsFolder, type Database } from '../platform/db/database';
import { scopeGuardLogger } from '../platform/db/scope-guard';

/**
 * Test databases. Global setup builds one template (migrated, 清远市 tree, demo accounts) per
 * engine; each test file then starts from a copy: a PGlite snapshot, or on PostgreSQL a
 * `CREATE DATABASE … TEMPLATE`. The template is rebuilt when the migrations change.
 */
export type TestEngine = 'pglite' | 'postgresql';

export const testFieldKey = 'a1'.repeat(32);

export function testEngine(): TestEngine {
  return process.env.LINLI_TEST_ENGINE === 'postgresql' ? 'postgresql' : 'pglite';
}

/** Files whose change makes a cached template stale: what the template's seed writes comes from them. */
const templateSources = [
  './seed-template.ts', '../demo/seed-demo.ts', '../demo/demo-accounts.ts', '../demo/demo-people.ts',
  '../modules/dictionaries/dictionary-seed-data.ts', '../modules/users/insert-user.ts', '../modules/volunteers/insert-volunteer.ts',
];

function templateHash(): string {
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(migrationsFolder).sort()) {
    if (file.endsWith('.sql')) hash.update(fs.readFileSync(path.join(migrationsFolder, file)));
  }
  for (const source of templateSources) hash.update(fs.readFileSync(new URL(source, import.meta.url)));
  return hash.digest('hex').slice(0, 12);
}

export function templateSnapshotPath(): string {
  return path.join(os.tmpdir(), `linli-test-template-${templateHash()}.tar.gz`);
}

export function templateDatabaseName(): string {
  return `linli_template_${templateHash()}`;
}

export function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database for one test file, copied from the template. */
export async function openTestDatabase(): Promise<Database & { drop(): Promise<void> }> {
  if (testEngine() === 'pglite') {
    const snapshot = new Blob([fs.readFileSync(templateSnapshotPath())]);
    const database = await openDatabase({ pgliteSnapshot: snapshot, logger: scopeGuardLogger() });
    return { ...database, drop: () => database.close() };
  }
  const name = `linli_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${templateDatabaseName()}`);
  const database = await openDatabase({ databaseUrl: databaseUrl(name), logger: scopeGuardLogger(), poolSize: 5 });
  return {
    ...database,
    drop: async () => {
      await database.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
