import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { can, inScope, systemScope } from '../../platform/policy/policy';
import { volunteers } from '../volunteers/volunteers.tables';
import { redemptions, rewardItems } from './points.tables';

/**
 * Which redemptions an actor may see and confirm (the query joins each to its item): staff who manage
 * the catalogue, those in their subtree; an item's provider account, its items' wherever they are
 * offered, so that part of the predicate reads platform-wide and narrows by the provider column.
 */
export function visibleRedemptions(actor: Pick<Actor, 'userId' | 'role' | 'jurisdictionCode'>): SQL | undefined {
  const asProvider = and(eq(rewardItems.providerUserId, actor.userId), inScope(systemScope, redemptions));
  return can(actor, 'rewardItem.manage') ? or(inScope(actor, redemptions), asProvider) : asProvider;
}

/** A redemption's own item (same district). The item's visibility follows from the redemption's. */
export const redemptionItemJoin = and(
  eq(rewardItems.districtCode, redemptions.districtCode), eq(rewardItems.id, redemptions.itemId), inScope(systemScope, rewardItems),
);

/**
 * Volunteers' names for redemptions shown to a provider or staff, who get them masked. A volunteer
 * may live outside the item's subtree, so the look-up is by id, platform-wide.
 */
export async function volunteerNames(db: Db, rows: { volunteerId: string; volunteerDistrictCode: string }[]): Promise<Map<string, string>> {
  if (!rows.length) return new Map();
  const found = await db.select({ id: volunteers.id, name: volunteers.name }).from(volunteers).where(and(
    inArray(volunteers.districtCode, [...new Set(rows.map((r) => r.volunteerDistrictCode))]),
    inArray(volunteers.id, rows.map((r) => r.volunteerId)), inScope(systemScope, volunteers),
  ));
  return new Map(found.map((v) => [v.id, v.name]));
}
