import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareRequests, type PreparedRequest } from './app-client';
import { captureReplayPlans } from './capture';
import { describeEnvironment } from './environment';
import { runLoad, type LoadOptions } from './load';
import { pinSelf, startServer, tasksetAvailable, type ServerProcess } from './processes';
import { scenarioReport, type BenchReport, type RoundPair } from './report';
import type { Scenario } from './scenarios';

export type BenchOptions = {
  databaseUrl: string;
  /** The field encryption key the dataset was written with (our app must read its encrypted columns). */
  fieldKey: string;
  scenarios: Scenario[];
  rounds: number;
  durationSeconds: number;
  connections: number;
  warmUpSeconds: number;
  log: (line: string) => void;
};

/** `--smoke`: one short round, enough to prove every scenario runs on both servers. */
export const smokeLoad = { rounds: 1, durationSeconds: 1, connections: 2, warmUpSeconds: 1 };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** openDatabase's default pool size (server/platform/db/database.ts): the bare server gets the same. */
const appPoolSize = 20;
const serverCore = 0;
const loadCore = 1;

export function isPostgresUrl(url: string | undefined): url is string {
  return /^postgres(ql)?:\/\//.test(url ?? '');
}

/**
 * The side-by-side run: capture each scenario's SQL from our app, then load our app and the bare
 * server in interleaved rounds (ours, bare, ours, bare…) and compare them.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  if (!isPostgresUrl(options.databaseUrl)) throw new Error('the benchmark runs on PostgreSQL only: set DATABASE_URL=postgres://…');
  const pinned = tasksetAvailable();
  if (pinned) pinSelf(loadCore);
  else options.log('taskset is missing: servers and load generator run unpinned');
  const core = pinned ? serverCore : null;
  const startedAt = new Date().toISOString();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-bench-'));
  const appEnv = {
    DATABASE_URL: options.databaseUrl, DATA_DIR: path.join(workDir, 'data'), HOST: '127.0.0.1', LOG_LEVEL: 'warn',
    LINLI_MODE: 'production', FIELD_KEY: options.fieldKey, JOBS: 'false',
  };
  const startApp = (extraEnv: Record<string, string> = {}) =>
    startServer({ name: 'our app', entry: path.join(root, 'server/main.ts'), env: { ...appEnv, ...extraEnv }, core });
  const running: ServerProcess[] = [];
  try {
    options.log('capturing each scenario’s SQL');
    const captureFile = path.join(workDir, 'captured.jsonl');
    const capturing = await startApp({ LINLI_CAPTURE_SQL: captureFile });
    running.push(capturing);
    const requests = await prepareRequests(capturing.url, options.scenarios);
    const plans = await captureReplayPlans(capturing.url, captureFile, requests);
    await running.pop()!.stop();

    const plansFile = path.join(workDir, 'plans.json');
    fs.writeFileSync(plansFile, JSON.stringify(plans));
    const ours = await startApp();
    running.push(ours);
    const bare = await startServer({
      name: 'bare server', entry: path.join(root, 'bench/harness/bare-server.ts'), core,
      env: { DATABASE_URL: options.databaseUrl, BARE_PLANS: plansFile, POOL_SIZE: String(appPoolSize) },
    });
    running.push(bare);

    const targets = (request: PreparedRequest) => ({
      ours: () => runLoad(`${ours.url}${request.path}`, request.headers, load),
      bare: () => runLoad(`${bare.url}/bare/${request.scenario}`, {}, load),
    });
    const load: LoadOptions = { connections: options.connections, durationSeconds: options.durationSeconds };
    const warmUp: LoadOptions = { connections: options.connections, durationSeconds: options.warmUpSeconds };
    options.log(`warm-up: ${options.warmUpSeconds} s per scenario and server`);
    for (const request of requests) {
      await runLoad(`${ours.url}${request.path}`, request.headers, warmUp);
      await runLoad(`${bare.url}/bare/${request.scenario}`, {}, warmUp);
    }
    const pairs = new Map<string, RoundPair[]>(requests.map((r) => [r.scenario, []]));
    for (let round = 1; round <= options.rounds; round++) {
      for (const request of requests) {
        const target = targets(request);
        const pair = { ours: await target.ours(), bare: await target.bare() };
        pairs.get(request.scenario)!.push(pair);
        options.log(`round ${round}/${options.rounds} ${request.scenario}: ours ${pair.ours.requestsPerSecond.toFixed(0)} req/s, bare ${pair.bare.requestsPerSecond.toFixed(0)} req/s`);
      }
    }
    const { machine, dataset } = await describeEnvironment(options.databaseUrl, pinned);
    return {
      startedAt,
      settings: { rounds: options.rounds, durationSeconds: options.durationSeconds, connections: options.connections, warmUpSeconds: options.warmUpSeconds },
      machine,
      dataset,
      scenarios: requests.map((request) => scenarioReport({
        name: request.scenario,
        user: request.user,
        request: `${request.method} ${request.path}`,
        statements: plans[request.scenario].statements.length,
        transactional: plans[request.scenario].transactional,
        rounds: pairs.get(request.scenario)!,
      })),
    };
  } finally {
    for (const server of running.reverse()) await server.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
