import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { redemptions, rewardItems } from './points.tables';
import { redemptionItemJoin, visibleRedemptions, volunteerNames } from './redemption-access';
import { presentRedemption } from './redemption-presenter';
import type { listRedemptionsQuerySchema } from './points.schemas';

/** Redemptions for the provider's counter and staff: of the items the actor provides or oversees, newest first. */
export async function listRedemptions({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listRedemptionsQuerySchema> }) {
  await authorize(ctx, 'redemption.confirm');
  const filters: (SQL | undefined)[] = [visibleRedemptions(ctx.actor)];
  if (input.status) filters.push(eq(redemptions.status, input.status));
  if (input.itemId) filters.push(eq(redemptions.itemId, input.itemId));
  if (input.q) filters.push(ilike(rewardItems.title, containsPattern(input.q)));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ redemption: redemptions, item: rewardItems }).from(redemptions).innerJoin(rewardItems, redemptionItemJoin)
      .where(where).orderBy(desc(redemptions.createdAt), desc(redemptions.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(redemptions).innerJoin(rewardItems, redemptionItemJoin).where(where),
  ]);
  const names = await volunteerNames(ctx.db, rows.map((r) => r.redemption));
  return {
    items: rows.map(({ redemption, item }) => presentRedemption(redemption, item, names.get(redemption.volunteerId) ?? null)),
    total, page: input.page, pageSize: input.pageSize,
  };
}
