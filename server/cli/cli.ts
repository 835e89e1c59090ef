import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config';
import { DomainError } from '../platform/errors';
import { translate } from '../../common/i18n';
import { openServices } from '../platform/services';
import type { Services } from '../platform/context';
import { importDivisionsCommand } from './import-divisions.command';
import { createAdminCommand } from './create-admin.command';
import { verifyAuditCommand } from './verify-audit.command';
import { backupCommand, restoreCommand } from './backup.command';
import { citusSqlCommand } from './citus-sql.command';

z.config(z.locales.zhCN());

function describeError(error: unknown): string {
  if (error instanceof DomainError) {
    const fields = error.fieldErrors.map((f) => `  ${f.path}: ${translate('zh-CN', f.key, f.params)}`);
    return [translate('zh-CN', error.messageKey, error.params), ...fields].join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}

export type Command = {
  summary: string;
  usage: string;
  options?: ParseArgsConfig['options'];
  /** Commands that only print and need no database leave this false. */
  needsDatabase?: boolean;
  run(args: { values: Record<string, string | boolean | undefined>; positionals: string[]; services: Services | null }): Promise<number>;
};

const commands: Record<string, Command> = {
  'import-divisions': importDivisionsCommand,
  'create-admin': createAdminCommand,
  'verify-audit': verifyAuditCommand,
  backup: backupCommand,
  restore: restoreCommand,
  'citus-sql': citusSqlCommand,
};

function help(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(18)} ${c.summary}\n  ${''.padEnd(18)} ${c.usage}`);
  return `Linli command line (npm run cli -- <command> …)\n\n${lines.join('\n')}\n\nThe embedded database can be open in one process only: stop the app before running a command on it.`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.log(help());
    return name && name !== 'help' ? 2 : 0;
  }
  const { values, positionals } = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true });
  const services = command.needsDatabase === false ? null : await openServices(loadConfig());
  try {
    return await command.run({ values: values as Record<string, string | boolean | undefined>, positionals, services });
  } finally {
    await services?.database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(describeError(error));
    process.exit(1);
  },
);
