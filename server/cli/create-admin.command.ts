import type { Command } from './cli';
import { generateOneTimePassword, hashPassword } from '../platform/auth/passwords';
import { withoutScope } from '../platform/db/scope-guard';
import { recordAudit } from '../platform/audit/audit';
import { insertUser } from '../modules/users/insert-user';

/** Production has no default accounts: the first admin is made here, with a one-time password. */
export const createAdminCommand: Command = {
  summary: '创建管理员账号并打印一次性密码（首次登录须修改）',
  usage: 'create-admin --username <name> --jurisdiction <code> [--name <display name>]',
  options: { username: { type: 'string' }, jurisdiction: { type: 'string' }, name: { type: 'string' } },
  async run({ values, services }) {
    const username = values.username as string | undefined;
    const jurisdictionCode = values.jurisdiction as string | undefined;
    if (!username || !jurisdictionCode) {
      console.error('usage: create-admin --username <name> --jurisdiction <code> (import the divisions first)');
      return 2;
    }
    const oneTimePassword = generateOneTimePassword();
    const passwordHash = await hashPassword(oneTimePassword);
    const user = await withoutScope('the first admin is created by the platform', () =>
      services!.database.db.transaction(async (tx) => {
        const created = await insertUser(tx, services!.fieldKeys, {
          username, displayName: (values.name as string | undefined) ?? username, role: 'admin', jurisdictionCode,
          passwordHash, mustChangePassword: true,
        });
        await recordAudit(tx, { username: 'cli', role: 'system', jurisdictionCode }, {
          action: 'user.create', targetType: 'user', targetId: created.id, details: { username: created.username, role: 'admin' },
        });
        return created;
      }),
    );
    console.log(`admin "${user.username}" created at ${jurisdictionCode}`);
    console.log(`one-time password: ${oneTimePassword}`);
    console.log('It must be changed at the first sign-in.');
    return 0;
  },
};
