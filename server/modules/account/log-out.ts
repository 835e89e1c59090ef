import type { ActorCtx } from '../../platform/context';
import { endSession } from '../../platform/auth/sessions';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';

export async function logOut({ ctx }: { ctx: ActorCtx }) {
  await ctx.db.transaction(async (tx) => {
    await endSession(tx, ctx.actor.districtCode, ctx.actor.sessionTokenHash, 'logout');
    await recordAudit(tx, auditActor(ctx), { action: 'auth.logout', targetType: 'user', targetId: ctx.actor.userId });
  });
}
