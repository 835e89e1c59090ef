import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { auditActor } from '../../platform/audit/audit-actor';
import { findOpenRoundOfOpener } from './find-round';
import { settleRound } from './settle-round';
import { getRound } from './get-round';

/** The opener closes its round (before or after the closing date) and the results are computed. */
export async function closeRound({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'satisfaction.manage');
  const round = await findOpenRoundOfOpener(ctx, id, 'satisfactionRoundAlreadyClosed');
  const settled = await ctx.db.transaction((tx) => settleRound(tx, ctx.services, round, { userId: ctx.actor.userId, audit: auditActor(ctx) }));
  return { ...(await getRound({ ctx, id })), ...settled };
}
