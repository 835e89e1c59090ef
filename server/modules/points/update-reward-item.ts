import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { rewardItems } from './points.tables';
import { findRewardItemInScope } from './find-reward-item';
import { checkRewardItem } from './check-reward-item';
import { rewardItemViews } from './reward-item-views';
import type { updateRewardItemBodySchema } from './points.schemas';

/**
 * Changes an item. Restocking sets `stock` to the new number of units left to reserve; units already
 * reserved stay with their redemptions (an expiry gives its unit back on top of the number set here).
 */
export async function updateRewardItem({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof updateRewardItemBodySchema> }) {
  await authorize(ctx, 'rewardItem.manage');
  const item = await findRewardItemInScope(ctx, id);
  await checkRewardItem(ctx, {
    providerUserId: input.providerUserId,
    limitCount: input.limitCount === undefined ? item.limitCount : input.limitCount,
    limitPeriod: input.limitPeriod === undefined ? item.limitPeriod : input.limitPeriod,
  });
  const updated = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.update(rewardItems).set({ ...input, updatedAt: new Date() })
      .where(and(eq(rewardItems.districtCode, item.districtCode), eq(rewardItems.id, item.id), inScope(ctx.actor, rewardItems)))
      .returning();
    await recordAudit(tx, auditActor(ctx), {
      action: 'rewardItem.update', targetType: 'reward_item', targetId: item.id,
      details: { changed: Object.keys(input), ...(input.stock !== undefined ? { stockBefore: item.stock, stock: input.stock } : {}) },
    });
    return row;
  });
  const [view] = await rewardItemViews(ctx, [updated]);
  return view;
}
