import os from 'node:os';
import pg from 'pg';

export type MachineFacts = {
  cpus: { model: string; count: number; mhz: number };
  memoryGiB: number;
  node: string;
  postgresql: string;
  pinned: boolean;
};

/** The machine a benchmark ran on, with the version of the PostgreSQL server at `databaseUrl`. */
export async function describeMachine(databaseUrl: string, pinned: boolean): Promise<MachineFacts> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ server_version }] = (await client.query('SHOW server_version')).rows;
    const cpus = os.cpus();
    return {
      cpus: { model: cpus[0]?.model ?? 'unknown', count: cpus.length, mhz: cpus[0]?.speed ?? 0 },
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgresql: server_version,
      pinned,
    };
  } finally {
    await client.end();
  }
}

/** The report's machine line, without the pinning (each report says how its processes ran). */
export function machineLine(machine: MachineFacts): string {
  return `Machine: ${machine.cpus.count} × ${machine.cpus.model}, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgresql}`;
}
