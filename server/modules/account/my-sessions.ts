import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { sessions } from '../../platform/auth/auth.tables';
import { endUserSessions } from '../../platform/auth/sessions';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';

/** The signed-in user's live sessions, the current one marked. */
export async function listMySessions({ ctx }: { ctx: ActorCtx }) {
  const { actor } = ctx;
  const rows = await ctx.db
    .select()
    .from(sessions)
    .where(and(
      eq(sessions.districtCode, actor.districtCode),
      eq(sessions.userId, actor.userId),
      isNull(sessions.endedAt),
      gt(sessions.expiresAt, new Date()),
    ))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((s) => ({
    id: s.tokenHash.slice(0, 12),
    current: s.tokenHash === actor.sessionTokenHash,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    sourceAddress: s.sourceAddress,
    userAgent: s.userAgent,
  }));
}

/** "Log out everywhere": ends every session of the user, this one included. */
export async function endAllMySessions({ ctx }: { ctx: ActorCtx }) {
  return ctx.db.transaction(async (tx) => {
    const ended = await endUserSessions(tx, { districtCode: ctx.actor.districtCode, id: ctx.actor.userId }, 'logout_everywhere');
    await recordAudit(tx, auditActor(ctx), { action: 'auth.logoutEverywhere', targetType: 'user', targetId: ctx.actor.userId, details: { ended } });
    return { ended };
  });
}
