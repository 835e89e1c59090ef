import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where every benchmark writes its reports. */
export const resultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results');

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Writes a report as `<prefix><startedAt>.json` (the figures, for tools) and `.md` (for people) into
 * `dir`; returns the Markdown file's path.
 */
export function writeReportFiles(dir: string, report: { startedAt: string }, markdown: string, prefix = ''): string {
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, prefix + report.startedAt.replace(/[:.]/g, '-'));
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(`${base}.md`, markdown);
  return `${base}.md`;
}
