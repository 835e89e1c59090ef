import { foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/** A filing case (备案): the organization's first filing; changes and terminations follow the same chain. */
export const filings = pgTable(
  'filings',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    /** The organization's home node, copied so scope and inbox queries need no join. */
    jurisdictionCode: jurisdictionCode(),
    kind: varchar('kind', { length: 16 }).$type<'filing'>().notNull().default('filing'),
    state: varchar('state', { length: 32 }).notNull(),
    version: integer('version').notNull().default(0),
    charterVersion: integer('charter_version'),
    noticeStartsAt: timestamp('notice_starts_at', { withTimezone: true }),
    noticeEndsAt: timestamp('notice_ends_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('filings_inbox_idx').on(t.districtCode, t.state, t.jurisdictionCode),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('filings');

/** An objection (异议) raised on the portal during a public notice, and the street's answer. */
export const objections = pgTable(
  'objections',
  {
    districtCode: districtCode(),
    id: id(),
    filingId: uuid('filing_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    reason: text('reason').notNull(),
    /** Optional, encrypted: the objector may want an answer. */
    contactEnc: text('contact_enc'),
    status: varchar('status', { length: 16 }).$type<'open' | 'dismissed' | 'upheld'>().notNull().default('open'),
    answer: text('answer'),
    answeredBy: uuid('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('objections_filing_idx').on(t.districtCode, t.filingId),
    foreignKey({ columns: [t.districtCode, t.filingId], foreignColumns: [filings.districtCode, filings.id] }),
  ],
);
registerScopedTable('objections');
