import { and, count, desc, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { ledgerAccounts, ledgerCheckRuns, ledgerEntries, ledgerMovements } from './ledger.tables';

export type LedgerProblem = { kind: string; id: string; detail: string };

/** A run records at most this many problems; beyond them, one line says how many more there were. */
const maxProblems = 200;

/**
 * The ledger's invariants, over every district: each movement's entries sum to zero (and it has
 * entries; no entry lacks its movement), each balanced account's `balance` equals the sum of its
 * entries and is not below zero, and no idempotency key appears twice in a district (the unique
 * index says so; the check does not take its word). Writes a `ledger_check_runs` row.
 */
export async function checkLedger(db: Db) {
  // The whole ledger, every district: platform work, not a request.
  const [movementsScope, entriesScope, accountsScope] = [inScope(systemScope, ledgerMovements), inScope(systemScope, ledgerEntries), inScope(systemScope, ledgerAccounts)];
  const movementSum = sql<string>`coalesce(sum(${ledgerEntries.amount}), 0)`;
  const movementOf = and(eq(ledgerEntries.movementDistrictCode, ledgerMovements.districtCode), eq(ledgerEntries.movementId, ledgerMovements.id));
  const unbalanced = await db.select({ id: ledgerMovements.id, sum: movementSum, entries: count(ledgerEntries.id) })
    .from(ledgerMovements).leftJoin(ledgerEntries, and(movementOf, entriesScope)).where(movementsScope)
    .groupBy(ledgerMovements.districtCode, ledgerMovements.id)
    .having(sql`${movementSum} <> 0 or count(${ledgerEntries.id}) = 0`);
  const orphans = await db.select({ id: ledgerEntries.id, movementId: ledgerEntries.movementId })
    .from(ledgerEntries).leftJoin(ledgerMovements, and(movementOf, movementsScope)).where(and(isNull(ledgerMovements.id), entriesScope));
  const accountSum = sql<string>`coalesce(sum(${ledgerEntries.amount}), 0)`;
  const mismatched = await db.select({ id: ledgerAccounts.id, balance: ledgerAccounts.balance, sum: accountSum })
    .from(ledgerAccounts)
    .leftJoin(ledgerEntries, and(eq(ledgerEntries.districtCode, ledgerAccounts.districtCode), eq(ledgerEntries.accountId, ledgerAccounts.id), entriesScope))
    .where(and(isNotNull(ledgerAccounts.balance), accountsScope))
    .groupBy(ledgerAccounts.districtCode, ledgerAccounts.id)
    .having(sql`${ledgerAccounts.balance} <> ${accountSum}`);
  const negative = await db.select({ id: ledgerAccounts.id, balance: ledgerAccounts.balance }).from(ledgerAccounts).where(and(lt(ledgerAccounts.balance, 0), accountsScope));
  const duplicateKeys = await db.select({ districtCode: ledgerMovements.districtCode, key: ledgerMovements.idempotencyKey, n: count() })
    .from(ledgerMovements).where(movementsScope).groupBy(ledgerMovements.districtCode, ledgerMovements.idempotencyKey).having(sql`count(*) > 1`);
  const [{ movements }] = await db.select({ movements: count() }).from(ledgerMovements).where(movementsScope);
  const [{ accounts }] = await db.select({ accounts: count() }).from(ledgerAccounts).where(accountsScope);

  const problems: LedgerProblem[] = [
    ...unbalanced.map((m) => ({ kind: 'movementUnbalanced', id: m.id, detail: Number(m.entries) ? `entries sum to ${m.sum}` : 'no entries' })),
    ...orphans.map((e) => ({ kind: 'entryWithoutMovement', id: e.id, detail: `movement ${e.movementId}` })),
    ...mismatched.map((a) => ({ kind: 'balanceMismatch', id: a.id, detail: `balance ${a.balance}, entries sum to ${a.sum}` })),
    ...negative.map((a) => ({ kind: 'balanceNegative', id: a.id, detail: `balance ${a.balance}` })),
    ...duplicateKeys.map((d) => ({ kind: 'idempotencyKeyDuplicate', id: d.key, detail: `${d.n} movements in district ${d.districtCode}` })),
  ];
  const kept = problems.length > maxProblems
    ? [...problems.slice(0, maxProblems), { kind: 'more', id: '', detail: `${problems.length - maxProblems} more` }]
    : problems;
  const [run] = await db.insert(ledgerCheckRuns).values({ ok: problems.length === 0, movements, accounts, problems: kept }).returning();
  return run;
}

/** The latest run, or null before the first. */
export async function latestLedgerCheck(db: Db) {
  const [run] = await db.select().from(ledgerCheckRuns).orderBy(desc(ledgerCheckRuns.checkedAt)).limit(1);
  return run ?? null;
}
