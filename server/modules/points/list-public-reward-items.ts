import { and, count, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context';
import { inScope, systemScope } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { rewardItems } from './points.tables';
import { presentPublicRewardItem } from './reward-item-presenter';
import type { listPublicRewardItemsQuerySchema } from './points.schemas';

/** The codes above a node: 441802006001 → 44, 4418, 441802, 441802006. */
const ancestorsOf = (code: string) => [2, 4, 6, 9].filter((n) => n < code.length).map((n) => code.slice(0, n));

/**
 * The public catalogue (积分兑换目录): active items with the stock left. For a place, the items
 * offered there, above it (a street's or district's items serve its communities) and below it. The
 * catalogue is public, so the read is platform-wide (systemScope) and shows no accounts.
 */
export async function listPublicRewardItems({ ctx, input }: { ctx: Ctx; input: z.infer<typeof listPublicRewardItemsQuerySchema> }) {
  const filters: (SQL | undefined)[] = [eq(rewardItems.active, true), inScope(systemScope, rewardItems)];
  if (input.jurisdictionCode) {
    filters.push(or(inScope({ jurisdictionCode: input.jurisdictionCode }, rewardItems), inArray(rewardItems.jurisdictionCode, ancestorsOf(input.jurisdictionCode))));
  }
  const where = and(...filters);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(rewardItems).where(where).orderBy(desc(rewardItems.createdAt), desc(rewardItems.id))
      .limit(input.pageSize).offset((input.page - 1) * input.pageSize),
    ctx.db.select({ total: count() }).from(rewardItems).where(where),
  ]);
  const names = await jurisdictionNames(ctx.db, rows.map((r) => r.jurisdictionCode));
  return { items: rows.map((r) => presentPublicRewardItem(r, names.get(r.jurisdictionCode) ?? null)), total, page: input.page, pageSize: input.pageSize };
}
