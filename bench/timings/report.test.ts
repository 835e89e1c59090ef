import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFigure, toMarkdown, writeTimingsReport, type TimingsReport } from './report';

const report: TimingsReport = {
  startedAt: '2026-12-05T07:00:00.000Z',
  small: false,
  machine: { cpus: { model: 'Test CPU', count: 2, mhz: 2000 }, memoryGiB: 8, node: 'v20.19.0', postgresql: '16.4', pinned: false },
  loadAverage: 1.25,
  timings: [
    {
      name: 'division-import', title: 'National division tree import',
      figures: [{ label: 'import time', value: 21.456, unit: 's', target: 30 }, { label: 'nodes inserted', value: 665123, unit: 'rows' }],
      notes: ['whole nation'],
    },
    { name: 'start-ready', title: 'npm start', figures: [{ label: 'spawn to ready', value: 16.2, unit: 's', target: 15 }], notes: [] },
  ],
};

describe('timings report', () => {
  it('formats each unit with its precision', () => {
    expect(formatFigure(21.456, 's')).toBe('21.46 s');
    expect(formatFigure(1834.6, 'ms')).toBe('1,835 ms');
    expect(formatFigure(665123, 'rows')).toBe('665,123 rows');
    expect(formatFigure(512.26, 'KiB')).toBe('512.3 KiB');
    expect(formatFigure(0.4567, 'ratio')).toBe('0.46×');
  });

  it('puts each timing under its heading, its figures against their targets', () => {
    const markdown = toMarkdown(report);
    expect(markdown).toContain('Machine: 2 × Test CPU, 8 GiB, Node v20.19.0, PostgreSQL 16.4; load average 1.3 when the run began.');
    expect(markdown).toContain('## National division tree import (`division-import`)');
    expect(markdown).toContain('| import time | 21.46 s | met (< 30.00 s) |');
    expect(markdown).toContain('| nodes inserted | 665,123 rows |  |');
    expect(markdown).toContain('- whole nation');
    expect(markdown).toContain('| spawn to ready | 16.20 s | missed (< 15.00 s) |');
  });

  it('writes the JSON and the Markdown side by side', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-timings-report-'));
    const markdownFile = writeTimingsReport(dir, report);
    expect(path.basename(markdownFile)).toBe('timings-2026-12-05T07-00-00-000Z.md');
    expect(JSON.parse(fs.readFileSync(markdownFile.replace(/\.md$/, '.json'), 'utf8'))).toEqual(report);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
