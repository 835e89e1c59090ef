import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { DomainError } from '../../platform/errors';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { auditRowJson } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import type { Volunteer } from '../volunteers/own-volunteer';
import { hoursOf } from '../service-records/service-minutes';
import { postMovement, volunteerAccountRef, type AccountRef, type LedgerMovement } from './ledger';
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
 * Moves hours out of the volunteer's own time bank to another account with its audit row, in one
 * statement (`postMovement` with the row; the accounts are named, not read, and the recipient's is
 * created on first use), keyed by the client's idempotency key:
 * - a retry of a request already accepted answers the stored result (`replayed`), moving nothing,
 *   even when the rules would now refuse it (they may have changed since);
 * - otherwise `check` runs (the rules in force: age, relations, service types), then the movement
 *   (409 `ledgerInsufficient` beyond the balance). Any refusal writes nothing, so a refused request
 *   sent again is a new attempt.
 * The check reads before the statement, as it would inside a READ COMMITTED transaction: no read
 * there locked anything, and a rule changed in between is a change the request may miss either way.
 */
export async function moveOwnHours(ctx: ActorCtx, volunteer: Pick<Volunteer, 'id' | 'districtCode' | 'jurisdictionCode'>, request: {
  kind: OwnMovementKind;
  clientKey: string;
  minutes: number;
  to: AccountRef;
  details: Record<string, unknown>;
  check?: () => Promise<void>;
}): Promise<{ answer: OwnMovementAnswer; replayed: boolean }> {
  const idempotencyKey = ownMovementKey(volunteer.id, request.clientKey);
  // The key is looked up only when the rules refuse: a new request (the usual case) pays nothing for it.
  await request.check?.().catch(async (refusal: unknown) => {
    if (!(refusal instanceof DomainError) || !(await alreadyAccepted(ctx.db, volunteer.districtCode, idempotencyKey))) throw refusal;
  });
  const own = volunteerAccountRef(volunteer, 'time_bank');
  const movementId = randomUUID();
  const posted = await postMovement(ctx.db, {
    movementId, districtCode: volunteer.districtCode, jurisdictionCode: volunteer.jurisdictionCode, unit: 'minutes', kind: request.kind,
    idempotencyKey, details: request.details, createdBy: ctx.actor.userId, insufficientKey: 'ledgerInsufficient',
    legs: [{ account: own, amount: -request.minutes }, { account: request.to, amount: request.minutes }],
  }, {
    result: { minutes: request.minutes, account: own.key },
    audit: auditRowJson(auditActor(ctx), {
      action: `timeBank.${request.kind}`, targetType: 'ledger_movement', targetId: movementId, details: { minutes: request.minutes, ...request.details },
    }),
  });
  return { answer: ownMovementAnswer(posted.movement), replayed: posted.replayed };
}

/** The answer of an own movement, from the movement as stored: the first answer and every retry's are the same. */
function ownMovementAnswer(movement: LedgerMovement): OwnMovementAnswer {
  if ('balance' in movement.result) return movement.result as OwnMovementAnswer; // stored whole before migration 0011
  const { minutes, account, balances } = movement.result as { minutes: number; account: string; balances: Record<string, number> };
  const balance = balances[account];
  return {
    movementId: movement.id, kind: movement.kind as OwnMovementKind, minutes, hours: hoursOf(minutes),
    balance: { minutes: balance, hours: hoursOf(balance) }, details: movement.details, createdAt: movement.createdAt.toISOString(),
  };
}

async function alreadyAccepted(db: Db, districtCode: string, idempotencyKey: string): Promise<boolean> {
  const [accepted] = await db.select({ id: ledgerMovements.id }).from(ledgerMovements).where(and(
    eq(ledgerMovements.districtCode, districtCode), eq(ledgerMovements.idempotencyKey, idempotencyKey), inScope(systemScope, ledgerMovements),
  ));
  return Boolean(accepted);
}
