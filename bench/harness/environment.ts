import pg from 'pg';
import { describeMachine, type MachineFacts } from '../shared/machine';

/** Row counts of every non-empty table, exactly (count(*)), for the report's dataset summary. */
export type DatasetSummary = Record<string, number>;

export async function describeEnvironment(databaseUrl: string, pinned: boolean): Promise<{ machine: MachineFacts; dataset: DatasetSummary }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = (await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )).rows;
    const dataset: DatasetSummary = {};
    for (const { name } of tables) {
      const [{ n }] = (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`)).rows;
      if (Number(n) > 0) dataset[name] = Number(n);
    }
    return { machine: await describeMachine(databaseUrl, pinned), dataset };
  } finally {
    await client.end();
  }
}
