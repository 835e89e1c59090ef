import { and, eq } from 'drizzle-orm';
import type { ErrorKey } from '../../../common/i18n';
import type { ActorCtx } from '../../platform/context';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { satisfactionRounds } from './satisfaction.tables';

export type SatisfactionRound = typeof satisfactionRounds.$inferSelect;

/** A round inside the actor's subtree, or 404. */
export async function findRoundInScope(ctx: ActorCtx, id: string): Promise<SatisfactionRound> {
  const [round] = await ctx.db.select().from(satisfactionRounds).where(and(eq(satisfactionRounds.id, id), inScope(ctx.actor, satisfactionRounds)));
  if (!round) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Satisfaction round' : '满意度测评' });
  return round;
}

/**
 * A round the actor opened (its committee or street) and that is still open: evaluators are named
 * and the round closed by the node that runs it; a street sees its communities' rounds but does not run them.
 */
export async function findOpenRoundOfOpener(ctx: ActorCtx, id: string, whenClosed: ErrorKey = 'satisfactionRoundClosed'): Promise<SatisfactionRound> {
  const round = await findRoundInScope(ctx, id);
  if (round.jurisdictionCode !== ctx.actor.jurisdictionCode) throw new ForbiddenError('satisfactionNotOpener');
  if (round.state !== 'open') throw new ConflictError(whenClosed);
  return round;
}
