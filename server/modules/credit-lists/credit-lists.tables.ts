import { sql } from 'drizzle-orm';
import { date, foreignKey, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/** 活动异常名录 · 严重违法失信名单 (seed 003 开展诚信建设). */
export const creditListKinds = ['abnormal', 'serious'] as const;
export type CreditListKind = (typeof creditListKinds)[number];

/**
 * Why an organization entered a list: a missed annual report, an unfixed rectification notice, a
 * staff decision with a reason, or two years on the abnormal list (→ serious).
 */
export const creditListCauses = ['missed_annual_report', 'unfixed_rectification', 'staff_decision', 'abnormal_two_years'] as const;
export type CreditListCause = (typeof creditListCauses)[number];

/**
 * How an entry left: its cause fixed, six months passed with nothing to fix, moved on to the serious
 * list, two clean years on the serious list, an objection upheld, or credit repair (信用修复) granted.
 */
export const creditListExits = ['cause_fixed', 'expired', 'moved_to_serious', 'clean_period', 'objection_upheld', 'repaired'] as const;
export type CreditListExit = (typeof creditListExits)[number];

/**
 * One entry on a list. The entry is due within `creditList.entryWorkingDays` working days of the cause
 * (`cause_on`, `due_on`); `entered_on` later than `due_on` is shown as late. Removed entries leave the
 * public list but stay here and in the archive.
 */
export const creditListEntries = pgTable(
  'credit_list_entries',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    list: varchar('list', { length: 16 }).$type<CreditListKind>().notNull(),
    cause: varchar('cause', { length: 32 }).$type<CreditListCause>().notNull(),
    /** The annual report, notice or earlier entry behind the cause. */
    causeRef: uuid('cause_ref'),
    reason: text('reason').notNull(),
    /** The legal basis published with the entry. */
    basis: text('basis').notNull(),
    causeOn: date('cause_on').notNull(),
    dueOn: date('due_on').notNull(),
    enteredOn: date('entered_on').notNull(),
    /** The deciding authority's node (street or bureau) and name as printed. */
    authorityCode: varchar('authority_code', { length: 12 }).notNull(),
    authorityName: varchar('authority_name', { length: 100 }).notNull(),
    enteredBy: uuid('entered_by'),
    removedOn: date('removed_on'),
    exit: varchar('exit', { length: 24 }).$type<CreditListExit>(),
    removedBy: uuid('removed_by'),
    removalNote: text('removal_note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('credit_list_entries_org_idx').on(t.districtCode, t.organizationId),
    index('credit_list_entries_list_idx').on(t.districtCode, t.list, t.removedOn),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('credit_list_entries');

/** 异议 (the entry is wrong) or 信用修复 (the cause is fixed, clear the record). */
export const creditRequestKinds = ['objection', 'repair'] as const;
export type CreditRequestKind = (typeof creditRequestKinds)[number];
export const creditRequestStates = ['pending', 'granted', 'refused'] as const;
export type CreditRequestState = (typeof creditRequestStates)[number];

/** An organization's objection to an entry or its application for credit repair, and the decision. */
export const creditListRequests = pgTable(
  'credit_list_requests',
  {
    districtCode: districtCode(),
    id: id(),
    entryId: uuid('entry_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    kind: varchar('kind', { length: 16 }).$type<CreditRequestKind>().notNull(),
    statement: text('statement').notNull(),
    attachmentId: uuid('attachment_id'),
    state: varchar('state', { length: 16 }).$type<CreditRequestState>().notNull().default('pending'),
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('credit_list_requests_entry_idx').on(t.districtCode, t.entryId),
    // One request waiting for a decision per entry.
    uniqueIndex('credit_list_requests_pending_idx').on(t.districtCode, t.entryId).where(sql`state = 'pending'`),
    foreignKey({ columns: [t.districtCode, t.entryId], foreignColumns: [creditListEntries.districtCode, creditListEntries.id] }),
  ],
);
registerScopedTable('credit_list_requests');
