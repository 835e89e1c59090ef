import type { RunFigures } from './load';
import type { DatasetSummary } from './environment';
import type { ScenarioPlans } from './explain-slowest';
import { machineLine, type MachineFacts } from '../shared/machine';
import { median, writeReportFiles } from '../shared/report-files';

/** One round of one scenario: ours, then bare, back to back. */
export type RoundPair = { ours: RunFigures; bare: RunFigures };

export type ServerSummary = { requestsPerSecond: number; p50: number; p95: number; p99: number };

export type ScenarioReport = {
  name: string;
  user: string | null;
  kind: 'read' | 'write';
  request: string;
  statements: number;
  transactional: boolean;
  ours: ServerSummary;
  bare: ServerSummary;
  /** Median over the pairs of ours/bare requests per second. */
  ratio: number;
  rounds: RoundPair[];
};

export type BenchReport = {
  startedAt: string;
  settings: { rounds: number; durationSeconds: number; writeRequests: number; connections: number; warmUpSeconds: number };
  machine: MachineFacts;
  dataset: DatasetSummary;
  scenarios: ScenarioReport[];
  /** The slowest read scenario's statements with their `EXPLAIN (ANALYZE, BUFFERS)`, taken after the load. */
  slowestReadPlans?: ScenarioPlans;
};

function summarise(runs: RunFigures[]): ServerSummary {
  return {
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50: median(runs.map((r) => r.p50)),
    p95: median(runs.map((r) => r.p95)),
    p99: median(runs.map((r) => r.p99)),
  };
}

export function scenarioReport(base: Omit<ScenarioReport, 'ours' | 'bare' | 'ratio'>): ScenarioReport {
  return {
    ...base,
    ours: summarise(base.rounds.map((r) => r.ours)),
    bare: summarise(base.rounds.map((r) => r.bare)),
    ratio: median(base.rounds.map((r) => r.ours.requestsPerSecond / r.bare.requestsPerSecond)),
  };
}

const fixed = (n: number, digits = 0) => n.toFixed(digits);
const latencies = (s: ServerSummary) => [s.p50, s.p95, s.p99].map((ms) => fixed(ms, 1)).join(' / ');

export function toMarkdown(report: BenchReport): string {
  const { machine, settings } = report;
  const lines = [
    `# Benchmark ${report.startedAt}`,
    '',
    `${machineLine(machine)}; ` +
      (machine.pinned ? 'servers on core 0, load generator on core 1.' : 'not pinned (no taskset).'),
    `Load: ${settings.rounds} interleaved rounds per server, ${settings.connections} connections; a read runs ${settings.durationSeconds} s ` +
      `(after ${settings.warmUpSeconds} s warm-up), a write sends ${settings.writeRequests} requests (after as many to warm up).`,
    `Dataset: ${Object.entries(report.dataset).map(([table, n]) => `${table} ${n}`).join(', ')}.`,
    '',
    '| Scenario | Kind | User | Ours req/s | Bare req/s | Ours/bare | Ours p50/p95/p99 ms | Bare p50/p95/p99 ms | SQL statements |',
    '|---|---|---|---:|---:|---:|---|---|---:|',
    ...report.scenarios.map((s) =>
      `| ${s.name} | ${s.kind} | ${s.user ?? 'anonymous'} | ${fixed(s.ours.requestsPerSecond)} | ${fixed(s.bare.requestsPerSecond)} | ${fixed(s.ratio, 2)} | ` +
      `${latencies(s.ours)} | ${latencies(s.bare)} | ${s.statements}${s.transactional ? ' (transaction)' : ''} |`),
    '',
    ...plansSection(report.slowestReadPlans),
  ];
  return lines.join('\n');
}

function plansSection(plans: ScenarioPlans | undefined): string[] {
  if (!plans) return [];
  return [
    `## Query plans of the slowest read: ${plans.scenario}`,
    '',
    ...plans.statements.flatMap(({ sql, plan }) => ['```sql', sql.trim(), '```', '', '```', plan, '```', '']),
  ];
}

/** Writes `<timestamp>.json` and `<timestamp>.md` into `dir`; returns the Markdown file's path. */
export function writeReport(dir: string, report: BenchReport): string {
  return writeReportFiles(dir, report, toMarkdown(report));
}
