import type { rewardItems } from './points.tables';

type RewardItem = typeof rewardItems.$inferSelect;

/** What the public (and a volunteer) sees of an item: no accounts, no staff. */
export function presentPublicRewardItem(item: RewardItem, placeName: string | null) {
  return {
    id: item.id, jurisdictionCode: item.jurisdictionCode, placeName, title: item.title, description: item.description,
    providerName: item.providerName, pickupAddress: item.pickupAddress, pointsCost: item.pointsCost, stock: item.stock,
    limitCount: item.limitCount, limitPeriod: item.limitPeriod, active: item.active,
  };
}

/**
 * The catalogue as staff manage it. `stock` is the units left to reserve; units reserved and not yet
 * picked up are counted apart (`reserved`), so stock + reserved is what the provider still holds.
 */
export function presentRewardItem(
  item: RewardItem,
  extra: { placeName: string | null; reserved: number; completed: number; providerAccount: { id: string; username: string; displayName: string } | null },
) {
  return {
    ...presentPublicRewardItem(item, extra.placeName),
    providerUserId: item.providerUserId, providerAccount: extra.providerAccount,
    reserved: extra.reserved, completed: extra.completed,
    createdAt: item.createdAt.toISOString(), updatedAt: item.updatedAt.toISOString(),
  };
}
