import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adminUrl, testEngine } from '../../server/test/test-database';
import { writeTimingsReport } from './report';
import { runTimings, timings } from './run-timings';

// The timings make their own databases on a PostgreSQL server (and their own embedded ones beside):
// like the harness's smoke run, this one needs the PostgreSQL engine's server.
const engine = testEngine();
const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-timings-smoke-'));
afterAll(() => fs.rmSync(resultsDir, { recursive: true, force: true }));

describe('timings (smoke, --small)', () => {
  it.skipIf(engine !== 'postgresql')('measures every timing and writes the report', async () => {
    const report = await runTimings({ timings, small: true, serverUrl: adminUrl(), log: () => undefined });
    expect(report.timings.map((t) => t.name)).toEqual(['division-import', 'roster-import', 'start-ready', 'console-pages', 'engines-read']);
    for (const timing of report.timings) {
      expect(timing.figures.length, timing.name).toBeGreaterThan(0);
      for (const figure of timing.figures) expect({ timing: timing.name, figure: figure.label, positive: figure.value > 0 }).toMatchObject({ positive: true });
    }
    const markdownFile = writeTimingsReport(resultsDir, report);
    const markdown = fs.readFileSync(markdownFile, 'utf8');
    for (const timing of report.timings) expect(markdown).toContain(`(\`${timing.name}\`)`);
    expect(JSON.parse(fs.readFileSync(markdownFile.replace(/\.md$/, '.json'), 'utf8')).timings).toHaveLength(timings.length);
  }, 900_000);
});
