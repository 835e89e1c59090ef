import path from 'node:path';
import type { Command } from './cli';
import { restoreBackup, writeBackup } from '../platform/backup/backup';
import { progressLine } from './progress';

export const backupCommand: Command = {
  summary: '备份全部数据到一个文件（PGlite 与 PostgreSQL 通用）',
  usage: 'backup <file.jsonl.gz>',
  async run({ positionals, services }) {
    const file = positionals[0] ?? `linli-backup-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.jsonl.gz`;
    const progress = progressLine('backup');
    const manifest = await writeBackup(services!.database, path.resolve(file), (table, rows) => progress.update(`${table}: ${rows}`));
    progress.done(`${manifest.tables.length} tables written to ${file}`);
    return 0;
  },
};

export const restoreCommand: Command = {
  summary: '从备份文件恢复到一个新的空数据库',
  usage: 'restore <file.jsonl.gz>   (DATA_DIR or DATABASE_URL names the new database)',
  async run({ positionals, services }) {
    const file = positionals[0];
    if (!file) {
      console.error('usage: restore <file.jsonl.gz>');
      return 2;
    }
    const progress = progressLine('restore');
    const manifest = await restoreBackup(services!.database, path.resolve(file), (table, rows) => progress.update(`${table}: ${rows}`));
    progress.done(`${manifest.tables.length} tables restored from ${file} (taken ${manifest.createdAt})`);
    return 0;
  },
};
