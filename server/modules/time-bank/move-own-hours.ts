import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { DomainError } from '../../platform/errors';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import type { Volunteer } from '../volunteers/own-volunteer';
import { hoursOf } from '../service-records/service-minutes';
import { postMovement, saveMovementResult, volunteerAccount, type LedgerAccount } from './ledger';
import { ledgerMovements } from './ledger.tables';

export type OwnMovementKind = 'withdraw' | 'transfer' | 'donate';

/** What a volunteer's own movement answers, stored with it so a retry answers the same. */
export type OwnMovementAnswer = {
  movementId: string;
  kind: OwnMovementKind;
  minutes: number;
  hours: number;
  balance: { minutes: number; hours: number };
  details: Record<string, unknown>;
  createdAt: string;
};

/**
 * The ledger key of a volunteer's own request: the client's key, kept apart per volunteer (one
 * volunteer's keys never collide with another's) and hashed to fit the column whatever its length.
 */
export function ownMovementKey(volunteerId: string, clientKey: string): string {
  return `self:${volunteerId}:${createHash('sha256').update(clientKey).digest('base64url')}`;
}

/**
 * Moves hours out of the volunteer's own time bank to another account, in one transaction with its
 * audit row, keyed by the client's idempotency key:
 * - a retry of a request already accepted answers the stored result (`replayed`), moving nothing,
 *   even when the rules would now refuse it (they may have changed since);
 * - otherwise `check` runs (the rules in force: age, relations, service types), then the movement
 *   (409 `ledgerInsufficient` beyond the balance). Any refusal writes nothing, so a refused request
 *   sent again is a new attempt.
 * `check` runs inside the transaction: it reads through `tx` only.
 */
export async function moveOwnHours(ctx: ActorCtx, volunteer: Volunteer, request: {
  kind: OwnMovementKind;
  clientKey: string;
  minutes: number;
  to: (tx: Db) => Promise<LedgerAccount>;
  details: Record<string, unknown>;
  check?: (tx: Db) => Promise<void>;
}): Promise<{ answer: OwnMovementAnswer; replayed: boolean }> {
  const idempotencyKey = ownMovementKey(volunteer.id, request.clientKey);
  return ctx.db.transaction(async (tx) => {
    // The key is looked up only when the rules refuse: a new request (the usual case) pays nothing for it.
    await request.check?.(tx).catch(async (refusal: unknown) => {
      if (!(refusal instanceof DomainError) || !(await alreadyAccepted(tx, volunteer.districtCode, idempotencyKey))) throw refusal;
    });
    const own = await volunteerAccount(tx, volunteer, 'time_bank');
    const to = await request.to(tx);
    const posted = await postMovement(tx, {
      districtCode: volunteer.districtCode, jurisdictionCode: volunteer.jurisdictionCode, unit: 'minutes', kind: request.kind,
      idempotencyKey, details: request.details, createdBy: ctx.actor.userId, insufficientKey: 'ledgerInsufficient',
      legs: [{ account: own, amount: -request.minutes }, { account: to, amount: request.minutes }],
    });
    if (posted.replayed) return { answer: posted.movement.result as OwnMovementAnswer, replayed: true };
    const balance = posted.balances.get(own.id)!;
    const answer: OwnMovementAnswer = {
      movementId: posted.movement.id, kind: request.kind, minutes: request.minutes, hours: hoursOf(request.minutes),
      balance: { minutes: balance, hours: hoursOf(balance) }, details: request.details, createdAt: posted.movement.createdAt.toISOString(),
    };
    const stored = await saveMovementResult(tx, posted.movement, answer) as OwnMovementAnswer;
    await recordAudit(tx, auditActor(ctx), {
      action: `timeBank.${request.kind}`, targetType: 'ledger_movement', targetId: posted.movement.id, details: { minutes: request.minutes, ...request.details },
    });
    return { answer: stored, replayed: false };
  });
}

async function alreadyAccepted(tx: Db, districtCode: string, idempotencyKey: string): Promise<boolean> {
  const [accepted] = await tx.select({ id: ledgerMovements.id }).from(ledgerMovements).where(and(
    eq(ledgerMovements.districtCode, districtCode), eq(ledgerMovements.idempotencyKey, idempotencyKey), inScope(systemScope, ledgerMovements),
  ));
  return Boolean(accepted);
}
