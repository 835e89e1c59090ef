import { useQuery } from '@tanstack/react-query';
import { api } from '../../common/api';

/** What the portal's points pages read (see /api/openapi.json). */
export type PublicRewardItem = {
  id: string; jurisdictionCode: string; placeName: string | null; title: string; description: string | null; providerName: string;
  pickupAddress: string; pointsCost: number; stock: number; limitCount: number | null; limitPeriod: 'month' | 'quarter' | 'year' | null;
};

export type MyRedemption = {
  id: string; itemId: string; title: string; providerName: string; pickupAddress: string; points: number;
  status: 'reserved' | 'completed' | 'expired'; pickupCode: string; expiresAt: string; completedAt: string | null; createdAt: string;
};

/** Under ['portal', 'me'], so signing out forgets them. */
export const myPointsKey = ['portal', 'me', 'points'];
export const myRedemptionsKey = ['portal', 'me', 'redemptions'];

/** 我的积分: spendable now, and held by pickups not yet collected. */
export function useMyPoints(enabled: boolean) {
  return useQuery({ queryKey: myPointsKey, queryFn: () => api.get<{ balance: number; reserved: number }>('/api/points/mine'), enabled });
}
