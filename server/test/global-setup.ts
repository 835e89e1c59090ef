import fs from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../platform/db/database';
import { seedTemplate } from './seed-template';
import {
  adminQuery, adminUrl, databaseUrl, templateDatabaseName, templateSnapshotPath,
} from './test-database';

/** Builds the template database once per run (see test-database.ts); the project names the engine. */
export default async function globalSetup(project: { name: string }) {
  if (project.name !== 'postgresql') {
    const target = templateSnapshotPath();
    if (fs.existsSync(target)) return;
    const database = await openDatabase({});
    await seedTemplate(database);
    const dump = await database.dumpEmbedded!();
    fs.writeFileSync(`${target}.partial`, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(`${target}.partial`, target);
    await database.close();
    return;
  }
  const name = templateDatabaseName();
  const check = new pg.Client({ connectionString: adminUrl() });
  await check.connect();
  const { rowCount } = await check.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  await check.end();
  if (rowCount) return;
  const building = `${name}_building`;
  await adminQuery(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${building}`);
  const database = await openDatabase({ databaseUrl: databaseUrl(building) });
  await seedTemplate(database);
  await database.close();
  await adminQuery(`ALTER DATABASE ${building} RENAME TO ${name}`);
}
