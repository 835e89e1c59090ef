import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { spotCheckDraws } from './spot-checks.tables';

/** A draw made at or below the actor's node, or 404. */
export async function findDrawInScope(ctx: ActorCtx, id: string) {
  const [draw] = await ctx.db.select().from(spotCheckDraws).where(and(eq(spotCheckDraws.id, id), inScope(ctx.actor, spotCheckDraws)));
  if (!draw) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Spot-check draw' : '抽查任务' });
  return draw;
}
