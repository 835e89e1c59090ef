import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/**
 * The cases of an organization's life: its first filing (备案), a change of filed items (变更), its
 * termination (退出) and a revocation by the street (撤销备案). Each kind has its own workflow
 * (caseType = kind); they share this table so one inbox and one timeline serve them all.
 */
export const caseKinds = ['filing', 'change', 'termination', 'revocation'] as const;
export type CaseKind = (typeof caseKinds)[number];

/** What a change proposes, kept apart from the filed values until the change is filed. */
export type ProposedChange = {
  /** Organization columns as stored (personal numbers already encrypted). */
  organization: Record<string, unknown>;
  charter: Record<string, string>;
  roster: ProposedRosterMember[];
};
export type ProposedRosterMember = {
  name: string; gender: 'male' | 'female'; birthDate: string; idNumberEnc: string; idNumberIndex: string;
  phoneEnc: string | null; isLeader: boolean; partyMember: boolean;
};

/** A termination's member-meeting record (seed 001 第三条) and a revocation's cause. */
export type CaseDetails = {
  meeting?: { heldOn: string; membersPresent: number; votesFor: number; votesAgainst: number; abstentions: number; reason: string; remainingAssets: string };
  revocation?: { cause: string };
  /** What the committee forwarded with a termination: the charter in force and the certificate. */
  forwarded?: { charterVersion: number; certificateNumber: string | null };
};

export const filings = pgTable(
  'filings',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    /** The organization's home node, copied so scope and inbox queries need no join. */
    jurisdictionCode: jurisdictionCode(),
    kind: varchar('kind', { length: 16 }).$type<CaseKind>().notNull().default('filing'),
    state: varchar('state', { length: 32 }).notNull(),
    version: integer('version').notNull().default(0),
    charterVersion: integer('charter_version'),
    noticeStartsAt: timestamp('notice_starts_at', { withTimezone: true }),
    noticeEndsAt: timestamp('notice_ends_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** Changes only: the proposed items (null for the other kinds). */
    proposed: jsonb('proposed').$type<ProposedChange>(),
    details: jsonb('details').$type<CaseDetails>(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('filings_inbox_idx').on(t.districtCode, t.state, t.jurisdictionCode),
    index('filings_organization_idx').on(t.districtCode, t.organizationId),
    // Cases are addressed by id alone in URLs and notifications.
    index('filings_id_idx').on(t.id),
    // The portal's notice list, across every district in the order it shows them.
    index('filings_on_notice_idx').on(t.noticeEndsAt, t.id).where(sql`state = 'public_notice'`),
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
