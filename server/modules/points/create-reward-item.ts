import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { districtCodeOf } from '../../platform/db/columns';
import { ValidationError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { jurisdictions } from '../jurisdictions/jurisdictions.tables';
import { rewardItems } from './points.tables';
import { checkRewardItem } from './check-reward-item';
import { rewardItemViews } from './reward-item-views';
import type { createRewardItemBodySchema } from './points.schemas';

/** Adds goods or a service a unit or merchant offers for points to the catalogue of a place in the actor's subtree. */
export async function createRewardItem({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof createRewardItemBodySchema> }) {
  const jurisdictionCode = input.jurisdictionCode ?? ctx.actor.jurisdictionCode;
  await authorize(ctx, 'rewardItem.manage', { jurisdictionCode });
  const [place] = await ctx.db.select({ code: jurisdictions.code }).from(jurisdictions).where(eq(jurisdictions.code, jurisdictionCode));
  if (!place) throw new ValidationError('validation', {}, [{ path: 'jurisdictionCode', key: 'jurisdictionUnknown', params: { code: jurisdictionCode } }]);
  await checkRewardItem(ctx, input);
  const item = await ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(rewardItems).values({
      districtCode: districtCodeOf(jurisdictionCode), jurisdictionCode, title: input.title, description: input.description || null,
      providerName: input.providerName, providerUserId: input.providerUserId ?? null, pickupAddress: input.pickupAddress,
      pointsCost: input.pointsCost, stock: input.stock, limitCount: input.limitCount ?? null, limitPeriod: input.limitPeriod ?? null,
      active: input.active, createdBy: ctx.actor.userId,
    }).returning();
    await recordAudit(tx, auditActor(ctx), {
      action: 'rewardItem.create', targetType: 'reward_item', targetId: created.id,
      details: { title: created.title, pointsCost: created.pointsCost, stock: created.stock, providerUserId: created.providerUserId },
    });
    return created;
  });
  const [view] = await rewardItemViews(ctx, [item]);
  return view;
}
