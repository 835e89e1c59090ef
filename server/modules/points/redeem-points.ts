import { and, count, eq, gt, gte, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { ConflictError, NotFoundError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { findOwnVolunteer, type Volunteer } from '../volunteers/own-volunteer';
import { districtAccount, postMovement, saveMovementResult, volunteerAccount } from '../time-bank/ledger';
import { ledgerMovements } from '../time-bank/ledger.tables';
import { redemptions, rewardItems } from './points.tables';
import { newPickupCode } from './pickup-code';
import { limitPeriodStart, limitReachedKey } from './limit-period';
import { findOwnRedemption } from './own-redemption';
import { presentOwnRedemption } from './redemption-presenter';
import type { redeemBodySchema } from './points.schemas';

type RewardItem = typeof rewardItems.$inferSelect;
type Input = z.infer<typeof redeemBodySchema>;

/**
 * A volunteer redeems points for an item: in one transaction the points move from the volunteer's
 * account to the item district's `points_reserved` (movement `reserve`, keyed by the client's
 * idempotency key), one unit of stock is taken, the per-person limit of the period is checked, and
 * the redemption gets a pickup code valid for `redemption.pickupDays`. Any refusal writes nothing.
 * Points and time-bank hours are separate accounts: hours are never touched.
 */
export async function redeemPoints({ ctx, input }: { ctx: ActorCtx; input: Input }) {
  await authorize(ctx, 'points.redeem');
  const volunteer = await findOwnVolunteer(ctx);
  const key = `redeem:${volunteer.id}:${input.idempotencyKey}`;
  // A retry after success answers the same redemption, even if that took the last unit.
  const earlier = await earlierAnswer(ctx.db, volunteer, key, input.itemId);
  if (earlier) return { answer: earlier, replayed: true };

  // The catalogue is public: a volunteer may redeem an item of any district, so it is read platform-wide.
  const [item] = await ctx.db.select().from(rewardItems).where(and(eq(rewardItems.id, input.itemId), inScope(systemScope, rewardItems)));
  if (!item) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Item' : '兑换物品' });
  const now = new Date();
  try {
    if (!item.active) throw new ConflictError('rewardItemInactive');
    if (item.stock <= 0) throw new ConflictError('rewardItemOutOfStock');
    await checkLimit(ctx.db, volunteer, item, now);
  } catch (refusal) {
    // A retry racing its own first attempt, which has just taken the last unit (or the last place under the limit).
    const answered = await earlierAnswer(ctx.db, volunteer, key, input.itemId);
    if (answered) return { answer: answered, replayed: true };
    throw refusal;
  }
  const pickupDays = await ctx.services.settings.get('redemption.pickupDays');

  return ctx.db.transaction(async (tx) => {
    // Accounts first, then the item row: the same lock order as the expiry job, so neither waits on the other in a cycle.
    const points = await volunteerAccount(tx, volunteer, 'points');
    const reserved = await districtAccount(tx, item.jurisdictionCode, 'points_reserved');
    const posted = await postMovement(tx, {
      districtCode: volunteer.districtCode, jurisdictionCode: volunteer.jurisdictionCode, unit: 'points', kind: 'reserve',
      idempotencyKey: key, createdBy: ctx.actor.userId, details: { itemId: item.id }, insufficientKey: 'pointsInsufficient',
      legs: [{ account: points, amount: -item.pointsCost }, { account: reserved, amount: item.pointsCost }],
    });
    if (posted.replayed) return { answer: await answerOf(tx, volunteer, posted.movement), replayed: true };

    const [taken] = await tx.update(rewardItems).set({ stock: sql`${rewardItems.stock} - 1` }).where(and(
      eq(rewardItems.districtCode, item.districtCode), eq(rewardItems.id, item.id), eq(rewardItems.active, true), gt(rewardItems.stock, 0),
      inScope(systemScope, rewardItems),
    )).returning();
    if (!taken) throw new ConflictError('rewardItemOutOfStock');
    // Counted again under the volunteer's account lock (taken by the movement): two redemptions of one
    // volunteer cannot both pass the limit.
    await checkLimit(tx, volunteer, taken, now);

    const redemption = await insertRedemption(tx, {
      districtCode: item.districtCode, jurisdictionCode: item.jurisdictionCode, itemId: item.id, volunteerId: volunteer.id,
      volunteerDistrictCode: volunteer.districtCode, points: item.pointsCost, reserveMovementId: posted.movement.id,
      expiresAt: new Date(now.getTime() + pickupDays * 86_400_000),
    });
    await saveMovementResult(tx, posted.movement, { redemptionId: redemption.id, redemptionDistrictCode: redemption.districtCode });
    await recordAudit(tx, auditActor(ctx), {
      action: 'redemption.reserve', targetType: 'redemption', targetId: redemption.id,
      details: { itemId: item.id, title: item.title, points: item.pointsCost },
    });
    return { answer: presentOwnRedemption(redemption, taken), replayed: false };
  });
}

async function earlierAnswer(db: Db, volunteer: Volunteer, key: string, itemId: string) {
  const [movement] = await db.select().from(ledgerMovements).where(and(
    eq(ledgerMovements.districtCode, volunteer.districtCode), eq(ledgerMovements.idempotencyKey, key), inScope(systemScope, ledgerMovements),
  ));
  if (!movement) return null;
  if (movement.details.itemId !== itemId) throw new ConflictError('idempotencyKeyReused');
  return answerOf(db, volunteer, movement);
}

function answerOf(db: Db, volunteer: Volunteer, movement: typeof ledgerMovements.$inferSelect) {
  const { redemptionId, redemptionDistrictCode } = movement.result as { redemptionId: string; redemptionDistrictCode: string };
  return findOwnRedemption(db, volunteer.id, { districtCode: redemptionDistrictCode, id: redemptionId });
}

/** The item's per-person limit in the current calendar period (Asia/Shanghai); pickups waiting and done both count. */
async function checkLimit(db: Db, volunteer: Volunteer, item: RewardItem, now: Date) {
  if (!item.limitCount || !item.limitPeriod) return;
  // The volunteer's own redemptions of this item, in the item's district.
  const [{ n }] = await db.select({ n: count() }).from(redemptions).where(and(
    eq(redemptions.districtCode, item.districtCode), eq(redemptions.itemId, item.id), eq(redemptions.volunteerId, volunteer.id),
    inArray(redemptions.status, ['reserved', 'completed']), gte(redemptions.createdAt, limitPeriodStart(item.limitPeriod, now)),
    inScope(systemScope, redemptions),
  ));
  if (n >= item.limitCount) throw new ConflictError(limitReachedKey[item.limitPeriod], { count: item.limitCount });
}

/** Inserts the redemption with a fresh pickup code, drawing another on the rare clash within the district. */
async function insertRedemption(tx: Db, values: Omit<typeof redemptions.$inferInsert, 'pickupCode'>) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [row] = await tx.insert(redemptions).values({ ...values, pickupCode: newPickupCode() })
      .onConflictDoNothing({ target: [redemptions.districtCode, redemptions.pickupCode] }).returning();
    if (row) return row;
  }
  throw new Error('no free pickup code after 5 draws');
}
