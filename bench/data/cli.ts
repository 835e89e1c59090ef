import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/platform/db/database';
import { deriveFieldKeys, loadOrCreateMasterKey } from '../../server/platform/crypto/sm';
import { importDivisions } from '../../server/modules/jurisdictions/import-divisions';
import { generateBenchData } from './generate';
import { benchScales, scaleSettings, type BenchScale } from './scales';

/**
 * npm run bench:data -- --scale tiny|city|province [--seed N] [--fresh]
 * Against DATABASE_URL (PostgreSQL only). An existing database with organizations is refused unless
 * --fresh, which drops every table (schemas public, drizzle and pgboss) so the migrations run anew.
 * Personal numbers are encrypted under the app's key (FIELD_KEY, or the key kept in DATA_DIR), so the
 * app started with the same environment serves them.
 */
async function main() {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: 'tiny' }, seed: { type: 'string', default: '1' }, fresh: { type: 'boolean', default: false } },
  });
  const scale = values.scale as BenchScale;
  if (!benchScales.includes(scale)) throw new Error(`--scale must be one of ${benchScales.join(', ')}`);
  const seed = Number(values.seed);
  const config = loadConfig(process.env);
  if (!config.databaseUrl) throw new Error('DATABASE_URL is not set: the bench data goes into a PostgreSQL database');
  if (values.fresh) await dropTables(config.databaseUrl);

  const log = (line: string) => console.log(line);
  const started = performance.now();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 2 });
  try {
    const [{ n }] = await database.query<{ n: string }>('SELECT count(*) AS n FROM organizations');
    if (Number(n) > 0) throw new Error(`the database holds ${n} organizations: use an empty database, or --fresh to drop its tables`);
    log(`migrations applied in ${seconds(started)} s`);
    const importStarted = performance.now();
    const counts = await importDivisions(database, { only: scaleSettings[scale].root });
    log(`jurisdictions: ${counts.read.toLocaleString('en')} nodes of ${scaleSettings[scale].root} (${counts.inserted} new) in ${seconds(importStarted)} s`);
    const fieldKeys = deriveFieldKeys(loadOrCreateMasterKey({ fromEnv: config.fieldKey, dataDir: config.dataDir }));
    const summary = await generateBenchData(database, { scale, seed, log, fieldKeys });
    const [{ size }] = await database.query<{ size: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS size');
    log(`done in ${seconds(started)} s; database size ${size}`);
    log(JSON.stringify({ rows: summary.rows, accounts: summary.accounts, password: summary.password }, null, 2));
  } finally {
    await database.close();
  }
}

async function dropTables(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS pgboss CASCADE; CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
