import { bigint, boolean, index, jsonb, pgTable, primaryKey, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';

/** Hours are kept in minutes (integers); points are whole points. */
export const ledgerUnits = ['minutes', 'points'] as const;
export type LedgerUnit = (typeof ledgerUnits)[number];

/**
 * A volunteer's accounts (`time_bank`, `points`) and the platform's counter-accounts, one set per
 * district: hours issued for service, hours spent on services received, the donation pool; points
 * issued, reserved for a pickup, spent, expired.
 */
export const ledgerAccountKinds = [
  'time_bank', 'points',
  'time_bank_issued', 'time_bank_services', 'donation_pool',
  'points_issued', 'points_reserved', 'points_spent', 'points_expired',
] as const;
export type LedgerAccountKind = (typeof ledgerAccountKinds)[number];

/**
 * An account of the double-entry ledger (M5.5, M5.6). Accounts that may not go below zero carry a
 * running `balance`, changed only together with the entries that explain it (the check job
 * compares them). The platform's counter-accounts carry none, so they are never a hot row.
 */
export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    /** 'volunteer:<id>:time_bank', 'system:<district>:points_issued'… unique in the district. */
    key: varchar('key', { length: 80 }).notNull(),
    kind: varchar('kind', { length: 24 }).$type<LedgerAccountKind>().notNull(),
    unit: varchar('unit', { length: 8 }).$type<LedgerUnit>().notNull(),
    volunteerId: uuid('volunteer_id'),
    /** Null for counter-accounts (no running balance, may be negative). */
    balance: bigint('balance', { mode: 'number' }),
    /** Time bank: every deposit ever credited, for the lifetime cap. */
    lifetimeDeposited: bigint('lifetime_deposited', { mode: 'number' }).notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('ledger_accounts_key_idx').on(t.districtCode, t.key),
    index('ledger_accounts_volunteer_idx').on(t.volunteerId),
  ],
);
registerScopedTable('ledger_accounts');

/**
 * time bank: deposit (confirmed service), withdraw (hours spent on a service received), transfer (to
 * a relative), donate (to the pool or an elder in hardship), over_cap (a deposit's excess over the
 * lifetime cap, donated to the pool); points: earn, reserve / complete / release (a redemption),
 * expire; either: reversal (the exact negative of an earlier movement).
 */
export const ledgerMovementKinds = [
  'deposit', 'withdraw', 'transfer', 'donate', 'over_cap',
  'earn', 'reserve', 'complete', 'release', 'expire',
  'reversal',
] as const;
export type LedgerMovementKind = (typeof ledgerMovementKinds)[number];

/**
 * One balanced group of entries (a movement). The idempotency key makes a retried request answer
 * with the original result (`result`) instead of moving anything twice; the fingerprint tells a
 * retry from a different request reusing the key.
 */
export const ledgerMovements = pgTable(
  'ledger_movements',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    unit: varchar('unit', { length: 8 }).$type<LedgerUnit>().notNull(),
    kind: varchar('kind', { length: 16 }).$type<LedgerMovementKind>().notNull(),
    idempotencyKey: varchar('idempotency_key', { length: 100 }).notNull(),
    fingerprint: varchar('fingerprint', { length: 64 }).notNull(),
    /** What the movement is about: service record, relationship, service received, redemption… */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    result: jsonb('result').$type<Record<string, unknown>>().notNull().default({}),
    reversesId: uuid('reverses_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('ledger_movements_idempotency_idx').on(t.districtCode, t.idempotencyKey),
    uniqueIndex('ledger_movements_reverses_idx').on(t.districtCode, t.reversesId),
  ],
);
registerScopedTable('ledger_movements');

/**
 * An entry: a signed amount on one account (credit +, debit −). Kept with its account (its
 * district), so an account's history and balance are local; a movement's entries may span districts
 * (a transfer to a relative elsewhere) and sum to zero.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    accountId: uuid('account_id').notNull(),
    movementId: uuid('movement_id').notNull(),
    movementDistrictCode: varchar('movement_district_code', { length: 6 }).notNull(),
    movementKind: varchar('movement_kind', { length: 16 }).$type<LedgerMovementKind>().notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('ledger_entries_account_idx').on(t.districtCode, t.accountId, t.createdAt),
    index('ledger_entries_movement_idx').on(t.movementId),
  ],
);
registerScopedTable('ledger_entries');

/** The scheduled invariant check's runs; a failed run is an alert on the admin dashboard. */
export const ledgerCheckRuns = pgTable('ledger_check_runs', {
  id: id().primaryKey(),
  checkedAt: timestamp('checked_at', { withTimezone: true }).notNull().defaultNow(),
  ok: boolean('ok').notNull(),
  movements: bigint('movements', { mode: 'number' }).notNull(),
  accounts: bigint('accounts', { mode: 'number' }).notNull(),
  problems: jsonb('problems').$type<{ kind: string; id: string; detail: string }[]>().notNull().default([]),
});
