import { boolean, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';

/** How often a volunteer may redeem one item: null for no limit. */
export const redemptionLimitPeriods = ['month', 'quarter', 'year'] as const;
export type RedemptionLimitPeriod = (typeof redemptionLimitPeriods)[number];

/** A catalogue item (积分兑换目录): goods or a service a unit or merchant offers for points. */
export const rewardItems = pgTable(
  'reward_items',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    title: varchar('title', { length: 100 }).notNull(),
    description: text('description'),
    /** The unit or merchant that provides it, and the account that confirms pickups. */
    providerName: varchar('provider_name', { length: 100 }).notNull(),
    providerUserId: uuid('provider_user_id'),
    pickupAddress: varchar('pickup_address', { length: 200 }).notNull(),
    pointsCost: integer('points_cost').notNull(),
    /** Units left to reserve; a reservation takes one, an expiry gives it back. */
    stock: integer('stock').notNull(),
    limitCount: integer('limit_count'),
    limitPeriod: varchar('limit_period', { length: 8 }).$type<RedemptionLimitPeriod>(),
    /** Withdrawn items stay for the redemptions that name them. */
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('reward_items_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode),
    index('reward_items_id_idx').on(t.id),
  ],
);
registerScopedTable('reward_items');

/** reserved (points and one unit held, pickup code given) · completed (provider confirmed) · expired (not picked up; both released). */
export const redemptionStatuses = ['reserved', 'completed', 'expired'] as const;
export type RedemptionStatus = (typeof redemptionStatuses)[number];

/** A redemption of an item, in the item's district. */
export const redemptions = pgTable(
  'redemptions',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    itemId: uuid('item_id').notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    volunteerDistrictCode: varchar('volunteer_district_code', { length: 6 }).notNull(),
    points: integer('points').notNull(),
    /** Shown to the provider at pickup; unique among the item's open redemptions. */
    pickupCode: varchar('pickup_code', { length: 12 }).notNull(),
    status: varchar('status', { length: 16 }).$type<RedemptionStatus>().notNull().default('reserved'),
    reserveMovementId: uuid('reserve_movement_id').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('redemptions_pickup_code_idx').on(t.districtCode, t.pickupCode),
    index('redemptions_volunteer_idx').on(t.volunteerId, t.createdAt),
    foreignKey({ columns: [t.districtCode, t.itemId], foreignColumns: [rewardItems.districtCode, rewardItems.id] }),
  ],
);
registerScopedTable('redemptions');
