import { boolean, date, foreignKey, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/** tracking: listed and guided · registered: became a legal person · dropped: taken off the ledger. */
export const candidateStatuses = ['tracking', 'registered', 'dropped'] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

/**
 * 拟登记台账 (seed 001): filed organizations the bureau means to guide towards registration, or to
 * hold up as demonstration points (示范点). One row per organization; the outcome is recorded on it.
 */
export const registrationCandidates = pgTable(
  'registration_candidates',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    isCandidate: boolean('is_candidate').notNull().default(true),
    isDemonstration: boolean('is_demonstration').notNull().default(false),
    reason: text('reason').notNull(),
    status: varchar('status', { length: 16 }).$type<CandidateStatus>().notNull().default('tracking'),
    outcomeNote: text('outcome_note'),
    listedBy: uuid('listed_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('registration_candidates_organization_idx').on(t.districtCode, t.organizationId),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('registration_candidates');

/** A guidance visit (指导) to a candidate: when, who, what was advised. */
export const registrationVisits = pgTable(
  'registration_visits',
  {
    districtCode: districtCode(),
    id: id(),
    candidateId: uuid('candidate_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    visitedOn: date('visited_on').notNull(),
    visitors: varchar('visitors', { length: 200 }).notNull(),
    content: text('content').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    foreignKey({ columns: [t.districtCode, t.candidateId], foreignColumns: [registrationCandidates.districtCode, registrationCandidates.id] }),
  ],
);
registerScopedTable('registration_visits');
