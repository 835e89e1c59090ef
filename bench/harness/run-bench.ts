import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { deriveFieldKeys } from '../../server/platform/crypto/sm';
import { prepareScenarios, type PreparedScenario } from './app-client';
import { captureReplayPlans, captureRequests } from './capture';
import { describeEnvironment } from './environment';
import { explainSlowestRead } from './explain-slowest';
import { runLoad, type LoadOptions, type LoadTarget } from './load';
import { pinSelf, startServer, tasksetAvailable, type ServerProcess } from './processes';
import { scenarioReport, type BenchReport, type RoundPair } from './report';
import type { Scenario } from './scenarios';

export type BenchOptions = {
  databaseUrl: string;
  /** The field encryption key the dataset was written with (our app must read its encrypted columns). */
  fieldKey: string;
  scenarios: Scenario[];
  rounds: number;
  /** How long each run of a read scenario lasts. */
  durationSeconds: number;
  /** How many requests each run of a write scenario sends (it uses up prepared targets). */
  writeRequests: number;
  connections: number;
  warmUpSeconds: number;
  log: (line: string) => void;
};

/** `--smoke`: one short round, enough to prove every scenario runs on both servers. */
export const smokeLoad = { rounds: 1, durationSeconds: 1, writeRequests: 20, connections: 2, warmUpSeconds: 1 };

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
  const database = new pg.Client({ connectionString: options.databaseUrl });
  await database.connect();
  try {
    options.log('preparing each scenario and capturing its SQL');
    const captureFile = path.join(workDir, 'captured.jsonl');
    const capturing = await startApp({ LINLI_CAPTURE_SQL: captureFile });
    running.push(capturing);
    // Each run of a write (the rounds and the warm-up, on both servers) uses up `writeRequests` targets, and the capture
    // `captureRequests` more; autocannon prepares each connection's next request ahead, so a run may take one more per connection.
    const requestsPerWrite = (options.rounds + 1) * 2 * (options.writeRequests + options.connections) + captureRequests;
    const fieldKeys = deriveFieldKeys(Buffer.from(options.fieldKey, 'hex'));
    const scenarios = await prepareScenarios(capturing.url, options.scenarios, { database, requestsPerWrite, run: startedAt, fieldKeys });
    const plans = await captureReplayPlans(capturing.url, captureFile, scenarios);
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

    // A write's warm-up sends as many requests as a round: the pool was sized for it.
    const loadFor = (scenario: PreparedScenario, warmUp: boolean): LoadOptions => {
      if (scenario.kind === 'write') return { connections: options.connections, amount: options.writeRequests };
      return { connections: options.connections, durationSeconds: warmUp ? options.warmUpSeconds : options.durationSeconds };
    };
    const runOn = (server: ServerProcess, target: LoadTarget, load: LoadOptions) => runLoad(target, load).catch((error: Error) => {
      throw new Error(`${error.message}\n${server.name} said:\n${server.recentOutput()}`);
    });
    const runBoth = async (scenario: PreparedScenario, warmUp: boolean): Promise<RoundPair> => ({
      ours: await runOn(ours, oursTarget(ours.url, scenario), loadFor(scenario, warmUp)),
      bare: await runOn(bare, bareTarget(bare.url, scenario), loadFor(scenario, warmUp)),
    });
    options.log(`warm-up: ${options.warmUpSeconds} s per read scenario, ${options.writeRequests} requests per write scenario, on each server`);
    for (const scenario of scenarios) await runBoth(scenario, true);
    const pairs = new Map<string, RoundPair[]>(scenarios.map((s) => [s.scenario, []]));
    for (let round = 1; round <= options.rounds; round++) {
      for (const scenario of scenarios) {
        const pair = await runBoth(scenario, false);
        pairs.get(scenario.scenario)!.push(pair);
        options.log(`round ${round}/${options.rounds} ${scenario.scenario}: ours ${pair.ours.requestsPerSecond.toFixed(0)} req/s, bare ${pair.bare.requestsPerSecond.toFixed(0)} req/s`);
      }
    }
    const { machine, dataset } = await describeEnvironment(options.databaseUrl, pinned);
    const reports = scenarios.map((scenario) => {
      const plan = plans[scenario.scenario];
      const shape = scenario.request(plan.capturedInputs);
      return scenarioReport({
        name: scenario.scenario,
        user: scenario.user,
        kind: scenario.kind,
        request: `${shape.method} ${shape.path}`,
        statements: plan.statements.length,
        transactional: plan.transactional,
        rounds: pairs.get(scenario.scenario)!,
      });
    });
    return {
      startedAt,
      settings: {
        rounds: options.rounds, durationSeconds: options.durationSeconds, writeRequests: options.writeRequests,
        connections: options.connections, warmUpSeconds: options.warmUpSeconds,
      },
      machine,
      dataset,
      scenarios: reports,
      slowestReadPlans: await explainSlowestRead(database, reports, plans),
    };
  } finally {
    for (const server of running.reverse()) await server.stop();
    await database.end();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function oursTarget(origin: string, scenario: PreparedScenario): LoadTarget {
  return { origin, method: scenario.kind === 'write' ? 'POST' : 'GET', headers: scenario.headers, next: () => scenario.request(scenario.nextInputs()) };
}

/** The bare server answers a scenario at /bare/<name>; a write's inputs go as the body. */
function bareTarget(origin: string, scenario: PreparedScenario): LoadTarget {
  const path = `/bare/${scenario.scenario}`;
  if (scenario.kind === 'read') return { origin, method: 'GET', headers: {}, next: () => ({ path }) };
  return { origin, method: 'POST', headers: {}, next: () => ({ path, body: scenario.nextInputs() }) };
}
