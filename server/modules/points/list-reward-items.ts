import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { rewardItems } from './points.tables';
import { rewardItemViews } from './reward-item-views';
import type { listRewardItemsQuerySchema } from './points.schemas';

/** 兑换目录 as staff manage it: items in the actor's subtree, newest first. */
export async function listRewardItems({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listRewardItemsQuerySchema> }) {
  await authorize(ctx, 'rewardItem.manage');
  if (input.jurisdictionCode) await authorize(ctx, 'rewardItem.manage', { jurisdictionCode: input.jurisdictionCode });
  const filters: (SQL | undefined)[] = [inScope(ctx.actor, rewardItems)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, rewardItems));
  if (input.active !== undefined) filters.push(eq(rewardItems.active, input.active));
  if (input.q) filters.push(or(ilike(rewardItems.title, containsPattern(input.q)), ilike(rewardItems.providerName, containsPattern(input.q))));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(rewardItems).where(where).orderBy(desc(rewardItems.createdAt), desc(rewardItems.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(rewardItems).where(where),
  ]);
  return { items: await rewardItemViews(ctx, rows), total, page: input.page, pageSize: input.pageSize };
}
