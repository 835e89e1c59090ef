import { createHash, randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../platform/db/database';
import { rowFromJson } from '../../platform/db/row-from-json';
import { sqlStateOf } from '../../platform/db/sql-state';
import { districtCodeOf } from '../../platform/db/columns';
import { ConflictError } from '../../platform/errors';
import type { ErrorKey } from '../../../common/i18n';
import { inScope, systemScope } from '../../platform/policy/policy';
import type { AuditRowJson } from '../../platform/audit/audit';
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

/**
 * An account as known before it is read: where it is kept, its key (unique in the district) and what
 * it is made of when it does not exist yet. A read account (`LedgerAccount`) is one too.
 */
export type AccountRef = Pick<LedgerAccount, 'districtCode' | 'jurisdictionCode' | 'key' | 'kind' | 'volunteerId'>;

/** A volunteer's own account of a kind, kept in the volunteer's district. */
export function volunteerAccountRef(volunteer: { id: string; districtCode: string; jurisdictionCode: string }, kind: 'time_bank' | 'points'): AccountRef {
  return { districtCode: volunteer.districtCode, jurisdictionCode: volunteer.jurisdictionCode, key: `volunteer:${volunteer.id}:${kind}`, kind, volunteerId: volunteer.id };
}

/** The platform's counter-account of a kind for a district (one set per district, at the district node). */
export function districtAccountRef(jurisdictionCode: string, kind: Exclude<LedgerAccountKind, 'time_bank' | 'points'>): AccountRef {
  const districtCode = districtCodeOf(jurisdictionCode);
  return { districtCode, jurisdictionCode: districtCode, key: `system:${districtCode}:${kind}`, kind, volunteerId: null };
}

/** A volunteer's own account of a kind, read, and created on first use. */
export function volunteerAccount(tx: Db, volunteer: { id: string; districtCode: string; jurisdictionCode: string }, kind: 'time_bank' | 'points') {
  return ensureAccount(tx, volunteerAccountRef(volunteer, kind));
}

/** A district's counter-account of a kind, read, and created on first use. */
export function districtAccount(tx: Db, jurisdictionCode: string, kind: Exclude<LedgerAccountKind, 'time_bank' | 'points'>) {
  return ensureAccount(tx, districtAccountRef(jurisdictionCode, kind));
}

/** What a new account starts as: its unit, and a zero balance when it may not go below zero. */
const newAccount = (account: AccountRef) => ({ ...account, unit: unitOf[account.kind], balance: balancedKinds.includes(account.kind) ? 0 : null });

/**
 * Accounts read, and those not there yet created: one statement when all exist. Answered in the
 * order asked.
 */
export async function ensureAccounts(tx: Db, refs: AccountRef[]): Promise<LedgerAccount[]> {
  // Read first: inserting over an existing row whose balance another transaction is changing would
  // wait for that transaction (the unique check), which is a lock taken outside the lock order.
  const found = await findAccounts(tx, refs);
  // New accounts are inserted in the lock order, so two transactions creating the same ones never wait on each other in a cycle.
  const missing = refs.filter((ref) => !found.has(accountPlace(ref))).sort(lockOrder);
  if (missing.length) {
    await tx.insert(ledgerAccounts).values(missing.map(newAccount)).onConflictDoNothing();
    for (const [place, account] of await findAccounts(tx, missing)) found.set(place, account);
  }
  return refs.map((ref) => found.get(accountPlace(ref))!);
}

async function ensureAccount(tx: Db, ref: AccountRef): Promise<LedgerAccount> {
  const [account] = await ensureAccounts(tx, [ref]);
  return account;
}

/** Where an account is kept and known: its district and its key there. */
const accountPlace = (account: Pick<AccountRef, 'districtCode' | 'key'>) => `${account.districtCode}/${account.key}`;

async function findAccounts(tx: Db, refs: AccountRef[]): Promise<Map<string, LedgerAccount>> {
  const places = sql.join(refs.map((ref) => sql`(${ref.districtCode}, ${ref.key})`), sql`, `);
  const rows = await tx.select().from(ledgerAccounts)
    .where(and(sql`(${ledgerAccounts.districtCode}, ${ledgerAccounts.key}) in (${places})`, inScope(systemScope, ledgerAccounts)));
  return new Map(rows.map((row) => [accountPlace(row), row]));
}

/**
 * The one lock order of the ledger: balanced accounts by district, then key. Every movement locks
 * its accounts in this order, and a transaction that posts several movements locks all their
 * accounts first (`lockAccounts`), so no two transactions ever wait on each other in a cycle. The
 * order follows from the keys ('system:…' before 'volunteer:<id>:…'), so a caller crediting several
 * volunteers in one transaction keeps it by taking them in (district, id) order. `ledger_post`
 * locks in the same order in SQL (the keys are ASCII, so its byte order is this string order).
 */
function lockOrder(a: AccountRef, b: AccountRef): number {
  const left = accountPlace(a);
  const right = accountPlace(b);
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

/** One signed amount on one account; an account named by reference is created by the movement if need be. */
export type Leg = { account: AccountRef; amount: number };

export type MovementRequest = {
  /** The new movement's id, when the caller names it beforehand (its audit row points at it). */
  movementId?: string;
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

/** `balances`: what each balanced account holds after a new movement, by account key (empty for a replay). */
export type PostedMovement = { movement: LedgerMovement; replayed: boolean; balances: Map<string, number> };

/** What a caller may have stored with a new movement, in the same statement. */
export type MovementExtras = {
  /** Kept in the movement's result beside the balances it left, so a retry can answer the same. */
  result?: Record<string, unknown>;
  /** The audit row of the movement (`auditRowJson`), appended only when the movement is new. */
  audit?: AuditRowJson;
};

/**
 * Posts one balanced group of entries, or answers a retry with the movement it already posted, in
 * one statement (`ledger_post`, migration 0013, which says how):
 * - the idempotency key is claimed first; a key reused for a different request (another
 *   fingerprint) is refused;
 * - each balanced account is changed by one guarded update in the ledger's lock order
 *   (`lockOrder`); a leg that would go below zero refuses the whole movement (409 with the
 *   request's key; the statement, and the caller's transaction if any, rolls back, the key is not
 *   taken);
 * - a deposit adds to the time-bank account's lifetime total (the cap), its reversal takes it back;
 * - an account named by reference (`AccountRef`) that does not exist yet is created;
 * - the movement's result keeps the balances it left (`balances`, account key → balance).
 * Outside a transaction the statement is its own: a volunteer's own movement is one round trip.
 */
export async function postMovement(db: Db, request: MovementRequest, extras: MovementExtras = {}): Promise<PostedMovement> {
  const total = request.legs.reduce((sum, leg) => sum + leg.amount, 0);
  if (total !== 0 || request.legs.length < 2 || request.legs.some((leg) => unitOf[leg.account.kind] !== request.unit || !Number.isSafeInteger(leg.amount) || leg.amount === 0)) {
    throw new Error(`malformed ${request.kind} movement: ${request.legs.map((leg) => leg.amount).join(', ')}`);
  }
  const countsTowardsCap = request.kind === 'deposit' || request.reversedKind === 'deposit';
  // The accounts as ledger_accounts columns, for jsonb_populate_recordset.
  const accounts = request.legs.map(({ account }) => {
    const { districtCode, jurisdictionCode, key, kind, unit, volunteerId, balance } = newAccount(account);
    return { district_code: districtCode, jurisdiction_code: jurisdictionCode, key, kind, unit, volunteer_id: volunteerId, balance };
  });
  const statement = sql`select movement, replayed from ledger_post(
    ${request.movementId ?? randomUUID()}, ${request.districtCode}, ${request.jurisdictionCode}, ${request.unit}, ${request.kind},
    ${request.idempotencyKey}, ${fingerprintOf(request)}, ${JSON.stringify(request.details ?? {})}::jsonb, ${request.reversesId ?? null}, ${request.createdBy},
    ${countsTowardsCap}, ${JSON.stringify(extras.result ?? {})}::jsonb, ${extras.audit ? JSON.stringify(extras.audit) : null}::jsonb,
    ${JSON.stringify(accounts)}::jsonb, ${sql.param(request.legs.map((leg) => leg.amount))}::bigint[])`;
  const [posted] = await db.execute(statement).then(rowsOf<{ movement: Record<string, unknown>; replayed: boolean }>).catch((error: unknown) => {
    const state = sqlStateOf(error);
    if (state === 'LL002') throw new ConflictError(request.insufficientKey);
    if (state === 'LL001') throw new ConflictError('idempotencyKeyReused');
    throw error;
  });
  const movement = rowFromJson(ledgerMovements, posted.movement);
  const balances = posted.replayed ? new Map<string, number>() : new Map(Object.entries(movement.result.balances as Record<string, number>));
  return { movement, replayed: posted.replayed, balances };
}

/** Adds to a movement's result (beside the balances it left) what a retry must answer the same, and gives it back as stored. */
export async function saveMovementResult(tx: Db, movement: LedgerMovement, result: Record<string, unknown>): Promise<Record<string, unknown>> {
  const [saved] = await tx.update(ledgerMovements).set({ result: sql`${ledgerMovements.result} || ${JSON.stringify(result)}::jsonb` })
    .where(and(eq(ledgerMovements.districtCode, movement.districtCode), eq(ledgerMovements.id, movement.id), inScope(systemScope, ledgerMovements)))
    .returning({ result: ledgerMovements.result });
  return saved.result;
}

/** The same request always hashes the same: kind, unit, accounts (by district and key) and amounts, details. */
function fingerprintOf(request: MovementRequest): string {
  const legs = request.legs.map((leg) => `${leg.account.districtCode}/${leg.account.key}:${leg.amount}`).sort();
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
