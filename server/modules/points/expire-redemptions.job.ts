import { and, eq, lte, sql } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { asOfIn, type JobDefinition } from '../../platform/jobs/jobs';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { movementEntries, postMovement } from '../time-bank/ledger';
import { redemptions, rewardItems } from './points.tables';
import { systemAuditActor } from '../../platform/audit/audit-actor';

/**
 * Hourly: a reservation not picked up by its `expiresAt` expires. Its points go back to the
 * volunteer (movement `release`, the reserve's entries negated) and its unit back to stock. Each
 * redemption is its own transaction, guarded by its status and keyed by its id, so it happens once.
 */
export async function expireRedemptions(services: Services, now = new Date()): Promise<{ expired: number }> {
  const { db } = services.database;
  const due = await db.select({ districtCode: redemptions.districtCode, id: redemptions.id }).from(redemptions)
    .where(and(eq(redemptions.status, 'reserved'), lte(redemptions.expiresAt, now), inScope(systemScope, redemptions)));
  let expired = 0;
  for (const ref of due) {
    if (await expireOne(db, ref, now)) expired++;
  }
  return { expired };
}

/** Row, then accounts, then item: the lock order redemption and confirmation also follow. */
async function expireOne(db: Db, ref: { districtCode: string; id: string }, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [redemption] = await tx.update(redemptions).set({ status: 'expired' }).where(and(
      eq(redemptions.districtCode, ref.districtCode), eq(redemptions.id, ref.id), eq(redemptions.status, 'reserved'),
      lte(redemptions.expiresAt, now), inScope(systemScope, redemptions),
    )).returning();
    // Confirmed at the counter (or expired by another run) since the list was read.
    if (!redemption) return false;
    const reserve = await movementEntries(tx, { id: redemption.reserveMovementId });
    await postMovement(tx, {
      districtCode: redemption.districtCode, jurisdictionCode: redemption.jurisdictionCode, unit: 'points', kind: 'release',
      idempotencyKey: `redemption:${redemption.id}:release`, createdBy: null, details: { redemptionId: redemption.id, itemId: redemption.itemId },
      insufficientKey: 'ledgerInsufficient', legs: reserve.map(({ entry, account }) => ({ account, amount: -entry.amount })),
    });
    await tx.update(rewardItems).set({ stock: sql`${rewardItems.stock} + 1` }).where(and(
      eq(rewardItems.districtCode, redemption.districtCode), eq(rewardItems.id, redemption.itemId), inScope(systemScope, rewardItems),
    ));
    await recordAudit(tx, systemAuditActor(redemption.jurisdictionCode), {
      action: 'redemption.expire', targetType: 'redemption', targetId: redemption.id, details: { itemId: redemption.itemId, points: redemption.points },
    });
    return true;
  });
}

export const expireRedemptionsJob: JobDefinition = {
  name: 'redemptions.expire',
  cron: '5 * * * *',
  acceptsAsOf: true,
  async run(services, data) {
    await expireRedemptions(services, asOfIn(data));
  },
};
