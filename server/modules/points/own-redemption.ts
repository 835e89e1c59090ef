import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { redemptions, rewardItems } from './points.tables';
import { redemptionItemJoin } from './redemption-access';
import { presentOwnRedemption } from './redemption-presenter';

/**
 * One of a volunteer's own redemptions, with its code. Redemptions sit in the item's district, which
 * may not be the volunteer's, so the read is by the volunteer's id, platform-wide.
 */
export async function findOwnRedemption(db: Db, volunteerId: string, ref: { districtCode: string; id: string }) {
  const [row] = await db.select({ redemption: redemptions, item: rewardItems }).from(redemptions).innerJoin(rewardItems, redemptionItemJoin)
    .where(and(eq(redemptions.districtCode, ref.districtCode), eq(redemptions.id, ref.id), eq(redemptions.volunteerId, volunteerId), inScope(systemScope, redemptions)));
  return presentOwnRedemption(row.redemption, row.item);
}
