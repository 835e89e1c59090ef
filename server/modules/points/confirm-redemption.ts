import { and, eq, gt } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { ConflictError, NotFoundError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { districtAccount, postMovement } from '../time-bank/ledger';
import { redemptions, rewardItems } from './points.tables';
import { redemptionItemJoin, visibleRedemptions, volunteerNames } from './redemption-access';
import { presentRedemption } from './redemption-presenter';
import type { confirmRedemptionBodySchema } from './points.schemas';

type Redemption = typeof redemptions.$inferSelect;

/**
 * 核销: the provider's account (or staff where the item is offered) types the code the volunteer
 * shows; the redemption completes and its points move from `points_reserved` to `points_spent`
 * (movement `complete`). A code used or expired is refused; a code of an item the actor neither
 * provides nor oversees is not found.
 */
export async function confirmRedemption({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof confirmRedemptionBodySchema> }) {
  await authorize(ctx, 'redemption.confirm');
  const rows = await ctx.db.select({ redemption: redemptions, item: rewardItems }).from(redemptions).innerJoin(rewardItems, redemptionItemJoin)
    .where(and(eq(redemptions.pickupCode, input.pickupCode), visibleRedemptions(ctx.actor)));
  // Codes are unique per district; an actor above a district could see the same code twice.
  const found = rows.find((r) => r.redemption.status === 'reserved') ?? rows[0];
  if (!found) throw new NotFoundError('pickupCodeUnknown');
  const now = new Date();
  const closed = closedKey(found.redemption, now);
  if (closed) throw new ConflictError(closed);
  const { item } = found;

  const completed = await ctx.db.transaction(async (tx) => {
    const [done] = await tx.update(redemptions).set({ status: 'completed', completedAt: now, confirmedBy: ctx.actor.userId }).where(and(
      eq(redemptions.districtCode, found.redemption.districtCode), eq(redemptions.id, found.redemption.id),
      eq(redemptions.status, 'reserved'), gt(redemptions.expiresAt, now), inScope(systemScope, redemptions),
    )).returning();
    if (!done) {
      // Confirmed at another counter or expired by the job meanwhile: say which.
      const [latest] = await tx.select().from(redemptions).where(and(
        eq(redemptions.districtCode, found.redemption.districtCode), eq(redemptions.id, found.redemption.id), inScope(systemScope, redemptions),
      ));
      throw new ConflictError(closedKey(latest, now) ?? 'redemptionCompleted');
    }
    const reserved = await districtAccount(tx, item.jurisdictionCode, 'points_reserved');
    const spent = await districtAccount(tx, item.jurisdictionCode, 'points_spent');
    await postMovement(tx, {
      districtCode: done.districtCode, jurisdictionCode: done.jurisdictionCode, unit: 'points', kind: 'complete',
      idempotencyKey: `redemption:${done.id}:complete`, createdBy: ctx.actor.userId, details: { redemptionId: done.id, itemId: item.id },
      insufficientKey: 'ledgerInsufficient', legs: [{ account: reserved, amount: -done.points }, { account: spent, amount: done.points }],
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'redemption.confirm', targetType: 'redemption', targetId: done.id, details: { itemId: item.id, title: item.title, points: done.points },
    });
    return done;
  });
  const names = await volunteerNames(ctx.db, [completed]);
  return presentRedemption(completed, item, names.get(completed.volunteerId) ?? null);
}

/** Why a code can no longer be confirmed, or null while it is open. */
function closedKey(redemption: Redemption, now: Date) {
  if (redemption.status === 'completed') return 'redemptionCompleted' as const;
  if (redemption.status === 'expired' || redemption.expiresAt <= now) return 'redemptionExpired' as const;
  return null;
}
