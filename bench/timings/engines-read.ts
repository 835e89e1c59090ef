import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../server/platform/db/database';
import { deriveFieldKeys } from '../../server/platform/crypto/sm';
import { importDivisions } from '../../server/modules/jurisdictions/import-divisions';
import { generateBenchData } from '../data/generate';
import { scaleSettings } from '../data/scales';
import { prepareScenarios, type PreparedScenario } from '../harness/app-client';
import { runLoad, type RunFigures } from '../harness/load';
import { startServer, type ServerProcess } from '../harness/processes';
import { scenarios } from '../harness/scenarios';
import { median } from '../shared/report-files';
import { createTemporaryDatabase, createTemporaryDataDir } from './temporary-database';
import { secondsSince, type Timing } from './timing';
import type { Figure } from './report';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const engines = ['PGlite', 'PostgreSQL'] as const;
type Engine = (typeof engines)[number];

/**
 * The harness's read scenarios on our app over each engine, with the same data: the generator's
 * tiny scale (seeded identically) written into a fresh embedded database and a fresh PostgreSQL
 * database, then the same load against each app in interleaved rounds (PGlite, PostgreSQL, …).
 */
export const enginesRead: Timing = {
  name: 'engines-read',
  title: 'PGlite vs PostgreSQL on the read scenarios',
  async run({ small, serverUrl, log }) {
    const load = small ? { rounds: 1, durationSeconds: 1, connections: 2, warmUpSeconds: 0 } : { rounds: 3, durationSeconds: 5, connections: 10, warmUpSeconds: 2 };
    const fieldKey = randomBytes(32).toString('hex');
    const fieldKeys = deriveFieldKeys(Buffer.from(fieldKey, 'hex'));
    const dataDir = createTemporaryDataDir();
    const temporary = await createTemporaryDatabase(serverUrl);
    const running: ServerProcess[] = [];
    const client = new pg.Client({ connectionString: temporary.url });
    try {
      await client.connect();
      for (const engine of engines) {
        const started = performance.now();
        const database = await openDatabase(engine === 'PGlite' ? { pgliteDir: path.join(dataDir.dir, 'db') } : { databaseUrl: temporary.url, poolSize: 2 });
        try {
          await importDivisions(database, { only: scaleSettings.tiny.root });
          await generateBenchData(database, { scale: 'tiny', seed: 1, fieldKeys });
        } finally {
          await database.close();
        }
        log(`${engine}: tiny dataset generated in ${secondsSince(started).toFixed(1)} s`);
      }
      const env = { DATA_DIR: dataDir.dir, LINLI_MODE: 'production', FIELD_KEY: fieldKey, HOST: '127.0.0.1', LOG_LEVEL: 'warn', JOBS: 'false' };
      const servers = {} as Record<Engine, ServerProcess>;
      for (const engine of engines) {
        servers[engine] = await startServer({
          name: `our app on ${engine}`, entry: path.join(root, 'server/main.ts'), core: null, timeoutSeconds: 300,
          env: { ...env, DATABASE_URL: engine === 'PostgreSQL' ? temporary.url : '' },
        });
        running.push(servers[engine]);
      }
      const reads = scenarios.filter((s) => s.kind === 'read');
      const prepared = {} as Record<Engine, PreparedScenario[]>;
      for (const engine of engines) {
        prepared[engine] = await prepareScenarios(servers[engine].url, reads, { database: client, requestsPerWrite: 0, run: new Date().toISOString(), fieldKeys });
      }
      const runOn = (engine: Engine, index: number, durationSeconds: number) => {
        const scenario = prepared[engine][index];
        return runLoad(
          { origin: servers[engine].url, method: 'GET', headers: scenario.headers, next: () => scenario.request(scenario.nextInputs()) },
          { connections: load.connections, durationSeconds },
        );
      };
      if (load.warmUpSeconds) {
        log(`warm-up: ${load.warmUpSeconds} s per scenario and engine`);
        for (const engine of engines) for (let i = 0; i < reads.length; i++) await runOn(engine, i, load.warmUpSeconds);
      }
      const results = reads.map(() => ({ PGlite: [] as RunFigures[], PostgreSQL: [] as RunFigures[] }));
      for (let round = 1; round <= load.rounds; round++) {
        for (let i = 0; i < reads.length; i++) {
          for (const engine of engines) results[i][engine].push(await runOn(engine, i, load.durationSeconds));
          log(`round ${round}/${load.rounds} ${reads[i].name}: PGlite ${results[i].PGlite.at(-1)!.requestsPerSecond.toFixed(0)} req/s, ` +
            `PostgreSQL ${results[i].PostgreSQL.at(-1)!.requestsPerSecond.toFixed(0)} req/s`);
        }
      }
      const figures: Figure[] = reads.flatMap((scenario, i) => {
        const r = results[i];
        const rate = (engine: Engine) => median(r[engine].map((f) => f.requestsPerSecond));
        const p95 = (engine: Engine) => median(r[engine].map((f) => f.p95));
        return [
          { label: `${scenario.name}: PGlite`, value: rate('PGlite'), unit: 'req/s' },
          { label: `${scenario.name}: PostgreSQL`, value: rate('PostgreSQL'), unit: 'req/s' },
          { label: `${scenario.name}: PGlite / PostgreSQL`, value: median(r.PGlite.map((f, round) => f.requestsPerSecond / r.PostgreSQL[round].requestsPerSecond)), unit: 'ratio' },
          { label: `${scenario.name}: p95 PGlite`, value: p95('PGlite'), unit: 'ms' },
          { label: `${scenario.name}: p95 PostgreSQL`, value: p95('PostgreSQL'), unit: 'ms' },
        ] satisfies Figure[];
      });
      return {
        figures,
        notes: [
          `generator scale tiny, seed 1, into each engine; ${load.rounds} interleaved round${load.rounds > 1 ? 's' : ''} of ${load.durationSeconds} s per scenario and engine, ` +
            `${load.connections} connections, after ${load.warmUpSeconds} s warm-up; both apps run at once (unpinned), only one is loaded at a time`,
          'the ratio is the median of the per-round PGlite/PostgreSQL ratios',
        ],
      };
    } finally {
      for (const server of running.reverse()) await server.stop();
      await client.end().catch(() => undefined);
      await temporary.drop();
      dataDir.remove();
    }
  },
};
