/** Shapes of the points answers (GET /api/reward-items, /api/redemptions). */
export type LimitPeriod = 'month' | 'quarter' | 'year';
export type RedemptionStatus = 'reserved' | 'completed' | 'expired';

export type RewardItem = {
  id: string; jurisdictionCode: string; placeName: string | null; title: string; description: string | null; providerName: string;
  pickupAddress: string; pointsCost: number; stock: number; limitCount: number | null; limitPeriod: LimitPeriod | null; active: boolean;
  providerUserId: string | null; providerAccount: { id: string; username: string; displayName: string } | null;
  reserved: number; completed: number; createdAt: string; updatedAt: string;
};

export type Redemption = {
  id: string; itemId: string; title: string; providerName: string; pickupAddress: string; points: number; status: RedemptionStatus;
  expiresAt: string; completedAt: string | null; createdAt: string; volunteerName: string | null; jurisdictionCode: string;
};

export const limitPeriods: LimitPeriod[] = ['month', 'quarter', 'year'];
export const redemptionStatuses: RedemptionStatus[] = ['reserved', 'completed', 'expired'];
export const redemptionColors: Record<RedemptionStatus, string> = { reserved: 'blue', completed: 'green', expired: 'default' };
