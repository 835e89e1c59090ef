import { machineLine, type MachineFacts } from '../shared/machine';
import { writeReportFiles } from '../shared/report-files';

/** One measured figure; `target` is the bound where it names one (the figure should stay below it). */
export type Figure = { label: string; value: number; unit: 's' | 'ms' | 'KiB' | 'req/s' | 'rows' | 'files' | 'ratio'; target?: number };

export type TimingResult = { name: string; title: string; figures: Figure[]; notes: string[] };

export type TimingsReport = {
  startedAt: string;
  small: boolean;
  machine: MachineFacts;
  /** The 1-minute load average when the run began: other work on the machine slows every figure. */
  loadAverage: number;
  timings: TimingResult[];
};

const digits: Record<Figure['unit'], number> = { s: 2, ms: 0, KiB: 1, 'req/s': 0, rows: 0, files: 0, ratio: 2 };

export function formatFigure(value: number, unit: Figure['unit']): string {
  const number = value.toLocaleString('en', { minimumFractionDigits: digits[unit], maximumFractionDigits: digits[unit] });
  return unit === 'ratio' ? `${number}×` : `${number} ${unit}`;
}

function verdict(figure: Figure): string {
  if (figure.target === undefined) return '';
  return `${figure.value < figure.target ? 'met' : 'missed'} (< ${formatFigure(figure.target, figure.unit)})`;
}

export function toMarkdown(report: TimingsReport): string {
  const lines = [
    `# Timings ${report.startedAt}${report.small ? ' (small)' : ''}`,
    '',
    `${machineLine(report.machine)}; load average ${report.loadAverage.toFixed(1)} when the run began.`,
    '',
  ];
  for (const timing of report.timings) {
    lines.push(`## ${timing.title} (\`${timing.name}\`)`, '', '| Figure | Value | Target |', '|---|---:|---|');
    for (const figure of timing.figures) lines.push(`| ${figure.label} | ${formatFigure(figure.value, figure.unit)} | ${verdict(figure)} |`);
    lines.push('', ...timing.notes.map((note) => `- ${note}`), ...(timing.notes.length ? [''] : []));
  }
  return lines.join('\n');
}

/** Writes `timings-<timestamp>.json` and `.md`; returns the Markdown file's path. */
export function writeTimingsReport(dir: string, report: TimingsReport): string {
  return writeReportFiles(dir, report, toMarkdown(report), 'timings-');
}
