import { and, count, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { findOwnVolunteer } from '../volunteers/own-volunteer';
import { redemptions, rewardItems } from './points.tables';
import { redemptionItemJoin } from './redemption-access';
import { presentOwnRedemption } from './redemption-presenter';
import type { listMyRedemptionsQuerySchema } from './points.schemas';

/** 我的兑换: the volunteer's own redemptions with their codes, newest first (in any district, hence by the volunteer's id). */
export async function listMyRedemptions({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listMyRedemptionsQuerySchema> }) {
  await authorize(ctx, 'points.redeem');
  const volunteer = await findOwnVolunteer(ctx);
  const where = and(eq(redemptions.volunteerId, volunteer.id), inScope(systemScope, redemptions));
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ redemption: redemptions, item: rewardItems }).from(redemptions).innerJoin(rewardItems, redemptionItemJoin)
      .where(where).orderBy(desc(redemptions.createdAt), desc(redemptions.id)).limit(input.pageSize).offset((input.page - 1) * input.pageSize),
    ctx.db.select({ total: count() }).from(redemptions).where(where),
  ]);
  return { items: rows.map(({ redemption, item }) => presentOwnRedemption(redemption, item)), total, page: input.page, pageSize: input.pageSize };
}
