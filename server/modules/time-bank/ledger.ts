import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { districtCodeOf } from '../../platform/db/columns';
import { ConflictError } from '../../platform/errors';
import type { ErrorKey } from '../../../common/i18n';
import { inScope, systemScope } from '../../platform/policy/policy';
import {
  ledgerAccounts, ledgerEntries, ledgerMovements,
  type LedgerAccountKind, type LedgerMovementKind, type LedgerUnit,
} from './ledger.tables';

export type LedgerAccount = typeof ledgerAccounts.$inferSelect;
export type LedgerMovement = typeof ledgerMovements.$inferSelect;

const unitOf: Record<LedgerAccountKind, LedgerUnit> = {
  time_bank: 'minutes', time_bank_issued: 'minutes', time_bank_services: 'minutes', donation_pool: 'minutes',
  points: 'points', points_issued: 'points', points_reserved: 'points', points_spent: 'points', points_expired: 'points',
};
/** Accounts that keep a running balance and may never go below zero. */
const balancedKinds: LedgerAccountKind[] = ['time_bank', 'points', 'points_reserved', 'donation_pool'];

/** A volunteer's own account of a kind, created on first use in the volunteer's district. */
export function volunteerAccount(tx: Db, volunteer: { id: string; districtCode: string; jurisdictionCode: string }, kind: 'time_bank' | 'points') {
  return ensureAccount(tx, { districtCode: volunteer.districtCode, jurisdictionCode: volunteer.jurisdictionCode, key: `volunteer:${volunteer.id}:${kind}`, kind, volunteerId: volunteer.id });
}

/** The platform's counter-account of a kind for a district (one set per district, at the district node). */
export function districtAccount(tx: Db, jurisdictionCode: string, kind: Exclude<LedgerAccountKind, 'time_bank' | 'points'>) {
  const districtCode = districtCodeOf(jurisdictionCode);
  return ensureAccount(tx, { districtCode, jurisdictionCode: districtCode, key: `system:${districtCode}:${kind}`, kind, volunteerId: null });
}

async function ensureAccount(tx: Db, account: { districtCode: string; jurisdictionCode: string; key: string; kind: LedgerAccountKind; volunteerId: string | null }) {
  // Read first: inserting over an existing row whose balance another transaction is changing would
  // wait for that transaction (the unique check), which is a lock taken outside the lock order.
  const existing = await findAccount(tx, account.districtCode, account.key);
  if (existing) return existing;
  const [created] = await tx.insert(ledgerAccounts).values({
    ...account, unit: unitOf[account.kind], balance: balancedKinds.includes(account.kind) ? 0 : null,
  }).onConflictDoNothing().returning();
  return created ?? (await findAccount(tx, account.districtCode, account.key))!;
}

async function findAccount(tx: Db, districtCode: string, key: string): Promise<LedgerAccount | undefined> {
  const [row] = await tx.select().from(ledgerAccounts)
    .where(and(eq(ledgerAccounts.districtCode, districtCode), eq(ledgerAccounts.key, key), inScope(systemScope, ledgerAccounts)));
  return row;
}

/**
 * The one lock order of the ledger: balanced accounts by district, then key. Every movement locks
 * its accounts in this order, and a transaction that posts several movements locks all their
 * accounts first (`lockAccounts`), so no two transactions ever wait on each other in a cycle. The
 * order follows from the keys ('system:…' before 'volunteer:<id>:…'), so a caller crediting several
 * volunteers in one transaction keeps it by taking them in (district, id) order.
 */
function lockOrder(a: LedgerAccount, b: LedgerAccount): number {
  const left = `${a.districtCode}/${a.key}`;
  const right = `${b.districtCode}/${b.key}`;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Locks the balanced accounts among `accounts` (in the lock order) until the transaction ends and
 * answers every account as it now is, in the order given: a transaction about to post several
 * movements, or to decide by a balance or lifetime total, takes its locks here first.
 */
export async function lockAccounts(tx: Db, accounts: LedgerAccount[]): Promise<LedgerAccount[]> {
  const fresh = new Map<string, LedgerAccount>();
  for (const account of [...accounts].filter((a) => a.balance !== null).sort(lockOrder)) {
    if (fresh.has(account.id)) continue;
    const [row] = await tx.select().from(ledgerAccounts).where(and(
      eq(ledgerAccounts.districtCode, account.districtCode), eq(ledgerAccounts.id, account.id), inScope(systemScope, ledgerAccounts),
    )).for('update');
    fresh.set(account.id, row);
  }
  return accounts.map((account) => fresh.get(account.id) ?? account);
}

export type Leg = { account: LedgerAccount; amount: number };

export type MovementRequest = {
  /** The district the key is unique in: the initiating volunteer's, or the place's. */
  districtCode: string;
  jurisdictionCode: string;
  unit: LedgerUnit;
  kind: LedgerMovementKind;
  idempotencyKey: string;
  details?: Record<string, unknown>;
  reversesId?: string;
  /** The kind of the movement a reversal negates (a reversed deposit no longer counts towards the lifetime cap). */
  reversedKind?: LedgerMovementKind;
  createdBy: string | null;
  legs: Leg[];
  /** Refused with this key (409) when a leg would take a balanced account below zero. */
  insufficientKey: ErrorKey;
};

export type PostedMovement = { movement: LedgerMovement; replayed: boolean; balances: Map<string, number> };

/**
 * Posts one balanced group of entries, or answers a retry with the movement it already posted.
 *
 * - The idempotency key is claimed first (`insert … on conflict do nothing`): a concurrent retry
 *   waits on the first one's key and then reads its committed movement; a key reused for a
 *   different request (another fingerprint) is refused.
 * - Each balanced account is changed by one guarded `update … where balance + amount >= 0`, in
 *   the lock order (`lockOrder`) so two movements never lock in opposite orders; under READ
 *   COMMITTED the guard is evaluated again on the row as the previous holder left it. A leg that
 *   would go below zero refuses the whole movement (the caller's transaction rolls back, nothing is
 *   written, the key is not taken).
 * - A deposit adds to the time-bank account's lifetime total (the cap), its reversal takes it back.
 */
export async function postMovement(tx: Db, request: MovementRequest): Promise<PostedMovement> {
  const total = request.legs.reduce((sum, leg) => sum + leg.amount, 0);
  if (total !== 0 || request.legs.length < 2 || request.legs.some((leg) => leg.account.unit !== request.unit || !Number.isSafeInteger(leg.amount) || leg.amount === 0)) {
    throw new Error(`malformed ${request.kind} movement: ${request.legs.map((leg) => leg.amount).join(', ')}`);
  }
  const fingerprint = fingerprintOf(request);
  const [movement] = await tx.insert(ledgerMovements).values({
    districtCode: request.districtCode, jurisdictionCode: request.jurisdictionCode, unit: request.unit, kind: request.kind,
    idempotencyKey: request.idempotencyKey, fingerprint, details: request.details ?? {}, reversesId: request.reversesId, createdBy: request.createdBy,
  }).onConflictDoNothing({ target: [ledgerMovements.districtCode, ledgerMovements.idempotencyKey] }).returning();
  if (!movement) return replay(tx, request, fingerprint);

  const balances = new Map<string, number>();
  const legs = [...request.legs].sort((a, b) => lockOrder(a.account, b.account));
  const countsTowardsCap = request.kind === 'deposit' || request.reversedKind === 'deposit';
  for (const leg of legs) {
    if (leg.account.balance === null) continue;
    const [changed] = await tx.update(ledgerAccounts)
      .set({
        balance: sql`${ledgerAccounts.balance} + ${leg.amount}`,
        ...(countsTowardsCap && leg.account.kind === 'time_bank' ? { lifetimeDeposited: sql`${ledgerAccounts.lifetimeDeposited} + ${leg.amount}` } : {}),
      })
      .where(and(
        eq(ledgerAccounts.districtCode, leg.account.districtCode), eq(ledgerAccounts.id, leg.account.id),
        sql`${ledgerAccounts.balance} + ${leg.amount} >= 0`, inScope(systemScope, ledgerAccounts),
      ))
      .returning({ balance: ledgerAccounts.balance });
    if (!changed) throw new ConflictError(request.insufficientKey);
    balances.set(leg.account.id, changed.balance!);
  }
  await tx.insert(ledgerEntries).values(legs.map((leg) => ({
    districtCode: leg.account.districtCode, jurisdictionCode: leg.account.jurisdictionCode, accountId: leg.account.id,
    movementId: movement.id, movementDistrictCode: movement.districtCode, movementKind: movement.kind, amount: leg.amount,
  })));
  return { movement, replayed: false, balances };
}

/**
 * Stores what a movement answered, so a retry of it answers the same, and gives it back as stored:
 * answering the stored form the first time too makes a retry's body identical, key order included.
 */
export async function saveMovementResult(tx: Db, movement: LedgerMovement, result: Record<string, unknown>): Promise<Record<string, unknown>> {
  const [saved] = await tx.update(ledgerMovements).set({ result })
    .where(and(eq(ledgerMovements.districtCode, movement.districtCode), eq(ledgerMovements.id, movement.id), inScope(systemScope, ledgerMovements)))
    .returning({ result: ledgerMovements.result });
  return saved.result;
}

async function replay(tx: Db, request: MovementRequest, fingerprint: string): Promise<PostedMovement> {
  const [existing] = await tx.select().from(ledgerMovements).where(and(
    eq(ledgerMovements.districtCode, request.districtCode), eq(ledgerMovements.idempotencyKey, request.idempotencyKey), inScope(systemScope, ledgerMovements),
  ));
  if (existing.fingerprint !== fingerprint) throw new ConflictError('idempotencyKeyReused');
  return { movement: existing, replayed: true, balances: new Map() };
}

/** The same request always hashes the same: kind, unit, accounts and amounts, details. */
function fingerprintOf(request: MovementRequest): string {
  const legs = request.legs.map((leg) => `${leg.account.id}:${leg.amount}`).sort();
  return createHash('sha256').update(JSON.stringify([request.kind, request.unit, legs, request.reversesId ?? null, canonical(request.details ?? {})])).digest('hex');
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  return value;
}

/** A movement's entries, for reversing it (the exact negative, entry by entry). */
export async function movementEntries(tx: Db, movement: Pick<LedgerMovement, 'id'>) {
  return tx.select({ entry: ledgerEntries, account: ledgerAccounts }).from(ledgerEntries)
    .innerJoin(ledgerAccounts, and(eq(ledgerAccounts.districtCode, ledgerEntries.districtCode), eq(ledgerAccounts.id, ledgerEntries.accountId)))
    .where(and(eq(ledgerEntries.movementId, movement.id), inScope(systemScope, ledgerEntries), inScope(systemScope, ledgerAccounts)))
    .orderBy(asc(ledgerEntries.id));
}

/** Reverses a movement: a new movement whose entries negate the original's (entries are never edited). */
export async function reverseMovement(tx: Db, original: LedgerMovement, request: Pick<MovementRequest, 'idempotencyKey' | 'createdBy' | 'insufficientKey'> & { details?: Record<string, unknown> }) {
  const entries = await movementEntries(tx, original);
  return postMovement(tx, {
    districtCode: original.districtCode, jurisdictionCode: original.jurisdictionCode, unit: original.unit, kind: 'reversal',
    idempotencyKey: request.idempotencyKey, createdBy: request.createdBy, reversesId: original.id, reversedKind: original.kind,
    details: { reversedKind: original.kind, ...request.details }, insufficientKey: request.insufficientKey,
    legs: entries.map(({ entry, account }) => ({ account, amount: -entry.amount })),
  });
}
