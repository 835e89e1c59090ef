import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../harness/processes';
import { createTemporaryDataDir } from './temporary-database';
import { secondsSince, type Timing } from './timing';
import type { Figure } from './report';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What npm start's log says it spent, in milliseconds (server/main.ts). */
const logged = {
  database: /database open and migrated in (\d+) ms/,
  demo: /demo data loaded in (\d+) ms/,
  ready: /Linli ready in (\d+) ms/,
};

/** A pino JSON line's message, or the line. */
function messageOf(line: string): string {
  try {
    return (JSON.parse(line) as { msg?: string }).msg ?? line;
  } catch {
    return line;
  }
}

/**
 * `npm start` on a fresh embedded database (a new DATA_DIR, demo mode): from the spawn until
 * GET /api/health answers, then stopped. The web build is made beforehand (the console timing
 * needs it too), so the start only checks it is up to date.
 */
export const startReady: Timing = {
  name: 'start-ready',
  title: 'npm start to ready on a fresh embedded database',
  async run({ small, log }) {
    const dataDir = createTemporaryDataDir();
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir.dir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', LINLI_MODE: 'demo' };
    delete env.DATABASE_URL;
    delete env.FIELD_KEY;
    log(`npm start with DATA_DIR=${dataDir.dir} on port ${port}`);
    const started = performance.now();
    // Its own process group: npm, the build check and the server stop together.
    const child = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let shown = 0;
    child.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    // Progress: the server's own log lines (the database, each part of the demo data) as they come, with the time since the spawn.
    const showNewLines = () => {
      const lines = output.slice(shown).split('\n');
      const complete = lines.slice(0, -1);
      shown += complete.reduce((n, line) => n + line.length + 1, 0);
      for (const line of complete) if (line.trim()) log(`  ${secondsSince(started).toFixed(1)} s  ${messageOf(line).slice(0, 160)}`);
    };
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output.slice(-3000)}`);
        if (secondsSince(started) > 300) throw new Error(`npm start was not ready within 300 s:\n${output.slice(-3000)}`);
        if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) break;
        showNewLines();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const seconds = secondsSince(started);
      log(`  ready in ${seconds.toFixed(2)} s`);
      const ms = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? NaN);
      const [database, demo, ready] = [ms(logged.database), ms(logged.demo), ms(logged.ready)];
      const figures: Figure[] = [{ label: 'spawn to /api/health answering', value: seconds, unit: 's', target: small ? undefined : 15 }];
      if (ready > 0) {
        figures.push(
          { label: 'before main(): npm, build check, tsx, imports', value: seconds * 1000 - ready, unit: 'ms' },
          { label: 'database open and migrations', value: database, unit: 'ms' },
          { label: 'demo data', value: demo, unit: 'ms' },
          { label: 'jobs and listen', value: ready - database - demo, unit: 'ms' },
        );
      }
      showNewLines();
      const demoLines = output.split('\n').filter((line) => line.includes('demo:')).map(messageOf);
      return { figures, notes: [`the demo seed logged: ${demoLines.join('; ')}`] };
    } finally {
      if (child.exitCode === null) {
        const force = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
        process.kill(-child.pid!, 'SIGTERM');
        await exited;
        clearTimeout(force);
      }
      dataDir.remove();
    }
  },
};
