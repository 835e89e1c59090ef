import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { rewardItems } from './points.tables';

/** A catalogue item inside the actor's subtree, or 404. */
export async function findRewardItemInScope(ctx: ActorCtx, id: string) {
  const [item] = await ctx.db.select().from(rewardItems).where(and(eq(rewardItems.id, id), inScope(ctx.actor, rewardItems)));
  if (!item) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Item' : '兑换物品' });
  return item;
}
