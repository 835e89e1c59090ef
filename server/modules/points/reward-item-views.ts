import { and, count, inArray } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { inScope } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { users } from '../users/users.tables';
import { redemptions, rewardItems } from './points.tables';
import { presentRewardItem } from './reward-item-presenter';

/** Staff views of catalogue items: place names, units reserved and picked up, the provider's account. */
export async function rewardItemViews(ctx: ActorCtx, items: (typeof rewardItems.$inferSelect)[]) {
  const ids = items.map((i) => i.id);
  const providerIds = [...new Set(items.flatMap((i) => (i.providerUserId ? [i.providerUserId] : [])))];
  const [counts, accounts, names] = await Promise.all([
    ids.length
      ? ctx.db.select({ itemId: redemptions.itemId, status: redemptions.status, n: count() }).from(redemptions)
        .where(and(inArray(redemptions.itemId, ids), inScope(ctx.actor, redemptions))).groupBy(redemptions.itemId, redemptions.status)
      : Promise.resolve([]),
    providerIds.length
      ? ctx.db.select({ id: users.id, username: users.username, displayName: users.displayName }).from(users)
        .where(and(inArray(users.id, providerIds), inScope(ctx.actor, users)))
      : Promise.resolve([]),
    jurisdictionNames(ctx.db, items.map((i) => i.jurisdictionCode)),
  ]);
  const counted = (itemId: string, status: string) => counts.find((c) => c.itemId === itemId && c.status === status)?.n ?? 0;
  return items.map((item) => presentRewardItem(item, {
    placeName: names.get(item.jurisdictionCode) ?? null,
    reserved: counted(item.id, 'reserved'), completed: counted(item.id, 'completed'),
    providerAccount: accounts.find((a) => a.id === item.providerUserId) ?? null,
  }));
}
