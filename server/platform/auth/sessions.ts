import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { keyLookupRead } from '../db/key-lookup';
import { sessions } from './auth.tables';
import { users } from '../../modules/users/users.tables';
import { withoutScope } from '../db/scope-guard';
import type { Actor } from '../context';

export const sessionCookieName = 'linli_session';

export type SessionPolicy = { idleMinutes: number; absoluteHours: number };

/** Touch `last_seen_at` at most this often: one write a minute per session, not one per request. */
const touchIntervalMs = 60_000;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export type NewSession = { cookieValue: string; csrfToken: string; tokenHash: string };

/** The session a cookie names: its district and the hash the session is kept under; null for a malformed cookie. */
export function parseSessionCookie(cookieValue: string | undefined): { districtCode: string; tokenHash: string } | null {
  const match = /^(\d{6})\.([A-Za-z0-9_-]{43})$/.exec(cookieValue ?? '');
  return match ? { districtCode: match[1], tokenHash: sha256(match[2]) } : null;
}

/** A new random session id at every login (no fixation); the cookie routes to the right district. */
export async function createSession(
  db: Db,
  user: { districtCode: string; id: string },
  policy: SessionPolicy,
  client: { sourceAddress: string; userAgent: string },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = sha256(token);
  const csrfToken = randomBytes(24).toString('base64url');
  const now = new Date();
  await db.insert(sessions).values({
    districtCode: user.districtCode,
    tokenHash,
    userId: user.id,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.absoluteHours * 3_600_000),
    sourceAddress: client.sourceAddress,
    userAgent: client.userAgent.slice(0, 300),
  });
  return { cookieValue: `${user.districtCode}.${token}`, csrfToken, tokenHash };
}

export type ResolvedSession = {
  actor: Actor;
  csrfToken: string;
  passwordChangedAt: Date;
  mustChangePassword: boolean;
};

export type SessionLookup =
  | { status: 'none' }
  | { status: 'expired' }
  | { status: 'active'; session: ResolvedSession };

/** Cookie → live session and its user, ending it when idle, past its lifetime, or the account is disabled. */
export function resolveSession(db: Db, cookieValue: string | undefined, policy: SessionPolicy, now = new Date()): Promise<SessionLookup> {
  return withoutScope('a session is looked up before anyone is known', async () => {
    const named = parseSessionCookie(cookieValue);
    if (!named) return { status: 'none' };
    const { districtCode, tokenHash } = named;
    const [row] = await sessionLookup(db, { districtCode, tokenHash });
    if (!row || row.session.endedAt) return { status: 'none' };
    const idleLimit = new Date(row.session.lastSeenAt.getTime() + policy.idleMinutes * 60_000);
    const endReason =
      row.user.status !== 'active' ? 'account_disabled'
      : now > row.session.expiresAt ? 'lifetime'
      : now > idleLimit ? 'idle'
      : null;
    if (endReason) {
      await endSession(db, districtCode, tokenHash, endReason);
      return { status: 'expired' };
    }
    if (now.getTime() - row.session.lastSeenAt.getTime() > touchIntervalMs) {
      await db
        .update(sessions)
        .set({ lastSeenAt: now })
        .where(and(eq(sessions.districtCode, districtCode), eq(sessions.tokenHash, tokenHash)));
    }
    return { status: 'active', session: resolvedSession(row.user, tokenHash, row.session.csrfToken) };
  });
}

/** What a session needs of its user: who acts, from where, and whether the password must change. */
const sessionUserColumns = {
  id: users.id, districtCode: users.districtCode, username: users.username, displayName: users.displayName, role: users.role,
  jurisdictionCode: users.jurisdictionCode, organizationId: users.organizationId, status: users.status,
  passwordChangedAt: users.passwordChangedAt, mustChangePassword: users.mustChangePassword,
};
type SessionUser = Pick<typeof users.$inferSelect, keyof typeof sessionUserColumns>;

/**
 * Every signed-in request starts here, so the query is built once (`keyLookupRead`): building it
 * again per request cost more than running it.
 */
const sessionLookup = keyLookupRead('session', (db) => db
  .select({
    session: { endedAt: sessions.endedAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt, csrfToken: sessions.csrfToken },
    user: sessionUserColumns,
  })
  .from(sessions)
  .innerJoin(users, and(eq(users.districtCode, sessions.districtCode), eq(users.id, sessions.userId)))
  .where(and(eq(sessions.districtCode, sql.placeholder('districtCode')), eq(sessions.tokenHash, sql.placeholder('tokenHash')))));

export function resolvedSession(user: SessionUser, tokenHash: string, csrfToken: string): ResolvedSession {
  return {
    actor: {
      userId: user.id,
      districtCode: user.districtCode,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      jurisdictionCode: user.jurisdictionCode,
      organizationId: user.organizationId,
      sessionTokenHash: tokenHash,
    },
    csrfToken,
    passwordChangedAt: user.passwordChangedAt,
    mustChangePassword: user.mustChangePassword,
  };
}

export async function endSession(db: Db, districtCode: string, tokenHash: string, reason: string): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: new Date(), endReason: reason })
    .where(and(eq(sessions.districtCode, districtCode), eq(sessions.tokenHash, tokenHash), isNull(sessions.endedAt)));
}

/** Ends every live session of a user (password change, disabling, "log out everywhere"). */
export async function endUserSessions(
  db: Db,
  user: { districtCode: string; id: string },
  reason: string,
  keepTokenHash?: string,
): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ endedAt: new Date(), endReason: reason })
    .where(
      and(
        eq(sessions.districtCode, user.districtCode),
        eq(sessions.userId, user.id),
        isNull(sessions.endedAt),
        keepTokenHash ? ne(sessions.tokenHash, keepTokenHash) : undefined,
      ),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}
