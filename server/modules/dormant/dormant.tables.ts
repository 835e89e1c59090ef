import { boolean, date, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/**
 * The usual criteria for a dormant ("僵尸型", seed 003) organization: two consecutive missed annual
 * reports; no activity within a year of filing; no activity since `dormant.noActivitySince`;
 * unreachable at its registered contact (recorded by staff).
 */
export const dormantCriteria = ['missed_annual_reports', 'inactive_after_filing', 'inactive_since', 'unreachable'] as const;
export type DormantCriterion = (typeof dormantCriteria)[number];

/** 注销一批 · 整改一批 · 激活一批: proposed, then decided one of three ways (or dismissed). */
export const dormantStates = ['proposed', 'deregister', 'rectify', 'reactivate', 'dismissed'] as const;
export type DormantState = (typeof dormantStates)[number];

/**
 * A dormant-organization proposal made by the daily job, decided by the street (filed) or the bureau
 * (registered). Deregistration starts a revocation case; rectification issues a notice with a deadline.
 */
export const dormantProposals = pgTable(
  'dormant_proposals',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    criteria: jsonb('criteria').$type<{ criterion: DormantCriterion; detail: string }[]>().notNull(),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    state: varchar('state', { length: 16 }).$type<DormantState>().notNull().default('proposed'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    /** The revocation case (deregister) or the rectification notice (rectify) the decision started. */
    followUpId: uuid('follow_up_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    // One open proposal per organization.
    uniqueIndex('dormant_proposals_open_idx').on(t.districtCode, t.organizationId).where(sql`state = 'proposed'`),
    index('dormant_proposals_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode, t.state),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('dormant_proposals');

/** Staff's record that the organization could not be reached at its registered contact. */
export const contactAttempts = pgTable(
  'contact_attempts',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    attemptedOn: date('attempted_on').notNull(),
    /** phone · visit · letter */
    channel: varchar('channel', { length: 16 }).$type<'phone' | 'visit' | 'letter'>().notNull(),
    reached: boolean('reached').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('contact_attempts_org_idx').on(t.districtCode, t.organizationId, t.attemptedOn),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('contact_attempts');
