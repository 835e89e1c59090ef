import os from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine } from '../shared/machine';
import { consolePages } from './console-pages';
import { divisionImport } from './division-import';
import { enginesRead } from './engines-read';
import { rosterImport } from './roster-import';
import { startReady } from './start-ready';
import type { TimingsReport } from './report';
import type { Timing } from './timing';

export const timings: Timing[] = [divisionImport, rosterImport, startReady, consolePages, enginesRead];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function selectTimings(names: string[] | undefined): Timing[] {
  if (!names?.length) return timings;
  return names.map((name) => {
    const timing = timings.find((t) => t.name === name);
    if (!timing) throw new Error(`unknown timing "${name}"; known: ${timings.map((t) => t.name).join(', ')}`);
    return timing;
  });
}

/** Builds the web apps if their sources changed (what npm start does first), so no timing includes a build. */
function buildWeb(log: (line: string) => void) {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-web-if-needed.mjs')], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the web build failed:\n${built.stdout}${built.stderr}`);
  log(built.stdout.trim().split('\n')[0]);
}

/** Runs the timings one after the other, each printing its progress. */
export async function runTimings(options: { timings: Timing[]; small: boolean; serverUrl: string; log: (line: string) => void }): Promise<TimingsReport> {
  const startedAt = new Date().toISOString();
  const { log } = options;
  if (options.timings.some((t) => t === startReady || t === consolePages)) buildWeb(log);
  const report: TimingsReport = { startedAt, small: options.small, machine: await describeMachine(options.serverUrl, false), loadAverage: os.loadavg()[0], timings: [] };
  for (const timing of options.timings) {
    log(`\n${timing.title} (${timing.name})`);
    const { figures, notes = [] } = await timing.run({ small: options.small, serverUrl: options.serverUrl, log: (line) => log(`  ${line}`) });
    report.timings.push({ name: timing.name, title: timing.title, figures, notes });
  }
  return report;
}
