import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { generateOneTimePassword, hashPassword } from '../../platform/auth/passwords';
import { endUserSessions } from '../../platform/auth/sessions';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { findUserInScope } from './find-user';
import { setPassword } from './set-password';

/** Gives the account a one-time password (to be changed at next sign-in) and ends its sessions. */
export async function resetPassword({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'user.resetPassword');
  const user = await findUserInScope(ctx, id);
  await authorize(ctx, 'user.resetPassword', user);
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await ctx.db.transaction(async (tx) => {
    await setPassword(tx, user, passwordHash, { mustChange: true, scope: ctx.actor });
    await endUserSessions(tx, user, 'password_reset');
    await recordAudit(tx, auditActor(ctx), { action: 'user.resetPassword', targetType: 'user', targetId: user.id });
  });
  return { oneTimePassword };
}
