import { and, desc, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { ValidationError } from '../../platform/errors';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../../platform/auth/passwords';
import { endUserSessions } from '../../platform/auth/sessions';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { inScope } from '../../platform/policy/policy';
import { passwordHistory, users } from '../users/users.tables';
import { setPassword } from '../users/set-password';

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

/** Changes the signed-in user's password; every other session of theirs ends. */
export async function changePassword({ ctx, input }: { ctx: ActorCtx; input: ChangePasswordInput }) {
  const { actor, services } = ctx;
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.districtCode, actor.districtCode), eq(users.id, actor.userId), inScope(actor, users)));
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError('validation', {}, [{ path: 'currentPassword', key: 'passwordWrong' }]);
  }
  const policyErrors = checkPasswordPolicy(input.newPassword, {
    minLength: await services.settings.get('password.minLength'),
    minClasses: await services.settings.get('password.minClasses'),
  }, user.username);
  if (policyErrors.length) throw new ValidationError('validation', {}, policyErrors);

  const historyCount = await services.settings.get('password.historyCount');
  const recent = await ctx.db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(and(eq(passwordHistory.districtCode, user.districtCode), eq(passwordHistory.userId, user.id)))
    .orderBy(desc(passwordHistory.createdAt))
    .limit(historyCount);
  for (const previous of [user.passwordHash, ...recent.map((r) => r.hash)].slice(0, Math.max(historyCount, 1))) {
    if (await verifyPassword(previous, input.newPassword)) {
      throw new ValidationError('validation', {}, [{ path: 'newPassword', key: 'passwordReused', params: { count: historyCount } }]);
    }
  }
  const newHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await setPassword(tx, user, newHash, { mustChange: false, scope: actor });
    await endUserSessions(tx, user, 'password_changed', actor.sessionTokenHash);
    await recordAudit(tx, auditActor(ctx), { action: 'auth.changePassword', targetType: 'user', targetId: user.id });
  });
}
