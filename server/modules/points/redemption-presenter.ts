import { maskName } from '../../platform/crypto/mask';
import type { redemptions, rewardItems } from './points.tables';

type Redemption = typeof redemptions.$inferSelect;
type RewardItem = typeof rewardItems.$inferSelect;

const common = (r: Redemption, item: RewardItem) => ({
  id: r.id, itemId: item.id, title: item.title, providerName: item.providerName, pickupAddress: item.pickupAddress,
  points: r.points, status: r.status, expiresAt: r.expiresAt.toISOString(), completedAt: r.completedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

/** A volunteer's own redemption, with the pickup code they show the provider. */
export function presentOwnRedemption(r: Redemption, item: RewardItem) {
  return { ...common(r, item), pickupCode: r.pickupCode };
}

/**
 * A redemption as the provider or staff see it: the volunteer's name masked, and never the pickup
 * code, which only the volunteer holds (it proves the person at the counter redeemed).
 */
export function presentRedemption(r: Redemption, item: RewardItem, volunteerName: string | null) {
  return { ...common(r, item), volunteerName: maskName(volunteerName) ?? null, jurisdictionCode: r.jurisdictionCode };
}
