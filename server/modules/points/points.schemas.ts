import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { redemptionLimitPeriods, redemptionStatuses } from './points.tables';
import { pickupCodePattern } from './pickup-code';

const text = (max: number) => z.string().trim().max(max);

const rewardItemFields = {
  title: text(100).min(2),
  description: text(2000).nullish(),
  providerName: text(100).min(2),
  /** The provider's own account, which may then confirm pickups of this item. */
  providerUserId: z.uuid().nullish(),
  pickupAddress: text(200).min(2),
  pointsCost: z.number().int().min(1).max(1_000_000),
  /** Units left to reserve: restocking sets the new number. */
  stock: z.number().int().min(0).max(1_000_000),
  limitCount: z.number().int().min(1).max(100).nullish(),
  limitPeriod: z.enum(redemptionLimitPeriods).nullish(),
  active: z.boolean(),
};

export const createRewardItemBodySchema = z.object({
  ...rewardItemFields,
  active: rewardItemFields.active.default(true),
  /** Where the item is offered; the actor's own node when left out. */
  jurisdictionCode: divisionCodeSchema.optional(),
});

export const updateRewardItemBodySchema = z.object(rewardItemFields).partial();

export const listRewardItemsQuerySchema = listQuerySchema.extend({
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  jurisdictionCode: divisionCodeSchema.optional(),
});

export const listPublicRewardItemsQuerySchema = listQuerySchema.pick({ page: true, pageSize: true }).extend({
  /** A resident's place: items offered there, above it (street, district…) and below it. */
  jurisdictionCode: divisionCodeSchema.optional(),
});

export const listProviderAccountsQuerySchema = listQuerySchema.pick({ page: true, pageSize: true, q: true });

export const rewardItemIdParamsSchema = z.object({ id: z.uuid() });

export const redeemBodySchema = z.object({
  itemId: z.uuid(),
  /** Chosen by the client once per redemption: a retry with the same key answers the same redemption. */
  idempotencyKey: z.string().trim().min(8).max(50).regex(/^[A-Za-z0-9_-]+$/),
});

export const confirmRedemptionBodySchema = z.object({
  pickupCode: z.string().trim().toUpperCase().regex(pickupCodePattern, 'pickupCodeFormat'),
});

export const listRedemptionsQuerySchema = listQuerySchema.extend({
  status: z.enum(redemptionStatuses).optional(),
  itemId: z.uuid().optional(),
});

export const listMyRedemptionsQuerySchema = listQuerySchema.pick({ page: true, pageSize: true });
