import os from 'node:os';
import pg from 'pg';

export type MachineFacts = {
  cpus: { model: string; count: number; mhz: number };
  memoryGiB: number;
  node: string;
  postgresql: string;
  pinned: boolean;
};

/** Row counts of every non-empty table, exactly (count(*)), for the report's dataset summary. */
export type DatasetSummary = Record<string, number>;

export async function describeEnvironment(databaseUrl: string, pinned: boolean): Promise<{ machine: MachineFacts; dataset: DatasetSummary }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ server_version }] = (await client.query('SHOW server_version')).rows;
    const tables = (await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )).rows;
    const dataset: DatasetSummary = {};
    for (const { name } of tables) {
      const [{ n }] = (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`)).rows;
      if (Number(n) > 0) dataset[name] = Number(n);
    }
    const cpus = os.cpus();
    return {
      machine: {
        cpus: { model: cpus[0]?.model ?? 'unknown', count: cpus.length, mhz: cpus[0]?.speed ?? 0 },
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgresql: server_version,
        pinned,
      },
      dataset,
    };
  } finally {
    await client.end();
  }
}
