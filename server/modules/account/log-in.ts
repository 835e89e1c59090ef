import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { LockedError, NotAuthenticatedError } from '../../platform/errors';
import { withoutScope } from '../../platform/db/scope-guard';
import { decoyPasswordHash, verifyPassword } from '../../platform/auth/passwords';
import { clearFailures, lockedUntil, recordFailure, throttleKeys } from '../../platform/auth/throttle';
import { recordAudit } from '../../platform/audit/audit';
import { loginNames, users } from '../users/users.tables';
import { recordLoginEvent, type LoginOutcome } from './login-events';
import { openSession } from './open-session';

export type LogInInput = { username: string; password: string };

/**
 * Sign-in. The answer to a wrong password, an unknown username and a disabled account is the
 * same message after the same work, so it does not tell which usernames exist. Failures count
 * per account and per source address; the limit locks both for a while.
 */
export async function logIn({ ctx, input }: { ctx: Ctx; input: LogInInput }) {
  const { db, services } = ctx;
  const username = input.username.trim();
  const client = { sourceAddress: ctx.sourceAddress, userAgent: ctx.userAgent };
  const policy = {
    maxFailures: await services.settings.get('lockout.maxFailures'),
    windowMinutes: await services.settings.get('lockout.windowMinutes'),
    lockMinutes: await services.settings.get('lockout.lockMinutes'),
  };
  const keys = throttleKeys(username, ctx.sourceAddress);
  const user = await findAccount(ctx, username);

  const fail = async (outcome: LoginOutcome) => {
    await recordLoginEvent(db, { username, user, outcome, ...client });
    await recordAudit(db, {
      userId: user?.id, username, role: user?.role, jurisdictionCode: user?.jurisdictionCode ?? '',
      sourceAddress: ctx.sourceAddress,
    }, { action: 'auth.login', outcome: 'failed', targetType: 'user', targetId: user?.id, details: { reason: outcome } });
  };

  const lockEnd = await lockedUntil(db, keys);
  if (lockEnd) {
    await fail('locked');
    throw new LockedError('accountLocked', { minutes: Math.ceil((lockEnd.getTime() - Date.now()) / 60_000) });
  }
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !passwordOk || user.status !== 'active') {
    await recordFailure(db, keys, policy);
    await fail(!user || !passwordOk ? 'bad_credentials' : 'disabled');
    throw new NotAuthenticatedError('badCredentials');
  }

  await clearFailures(db, keys[0]);
  return db.transaction((tx) => openSession(tx, ctx, user, username));
}

function findAccount(ctx: Ctx, username: string) {
  return withoutScope('sign-in finds the account before anyone is known', async () => {
    const [row] = await ctx.db
      .select({ user: users })
      .from(loginNames)
      .innerJoin(users, and(eq(users.districtCode, loginNames.districtCode), eq(users.id, loginNames.userId)))
      .where(eq(loginNames.username, username.toLowerCase()));
    return row?.user ?? null;
  });
}
