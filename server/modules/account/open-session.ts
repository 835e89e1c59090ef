import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { createSession, resolvedSession } from '../../platform/auth/sessions';
import { recordAudit } from '../../platform/audit/audit';
import type { users } from '../users/users.tables';
import { recordLoginEvent } from './login-events';

/**
 * Signs in an account whose identity is settled (its password checked, or the account just
 * registered): the session row, the login log and the audit row, in the caller's transaction.
 * `username` is the name as typed, which the login log keeps.
 */
export async function openSession(tx: Db, ctx: Ctx, user: typeof users.$inferSelect, username = user.username) {
  const client = { sourceAddress: ctx.sourceAddress, userAgent: ctx.userAgent };
  const created = await createSession(tx, user, {
    idleMinutes: await ctx.services.settings.get('session.idleMinutes'),
    absoluteHours: await ctx.services.settings.get('session.absoluteHours'),
  }, client);
  await recordLoginEvent(tx, { username, user, outcome: 'ok', ...client });
  await recordAudit(tx, {
    userId: user.id, username, role: user.role, jurisdictionCode: user.jurisdictionCode, sourceAddress: ctx.sourceAddress,
  }, { action: 'auth.login', targetType: 'user', targetId: user.id });
  return { cookieValue: created.cookieValue, session: resolvedSession(user, created.tokenHash, created.csrfToken) };
}
