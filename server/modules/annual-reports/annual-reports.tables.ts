import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

export { annualReportStates, type AnnualReportState } from './annual-report.workflow';
import type { AnnualReportState } from './annual-report.workflow';

/**
 * What an annual report states (年报, seeds 003 and 004): activities, finances (integer fen),
 * members and leader changes, party building, disclosures. `public` marks what the portal shows.
 */
export type AnnualReportContent = {
  activities: { count: number; participants: number; highlights: string };
  finances: { incomeFen: number; expenseFen: number; netAssetsFen: number; sources: string };
  members: { count: number; joined: number; left: number; leaderChanged: boolean; leaderChange?: string };
  partyBuilding: { partyMembers: number; organization: string; activities: string };
  disclosures: string;
};

/**
 * The annual report of a filed or registered organization for one year (年报), due by
 * `annualReport.dueDate` ('05-31') of the next year; reviewed by the street (filed) or the bureau
 * (registered), the reviewer level fixed when it is submitted.
 */
export const annualReports = pgTable(
  'annual_reports',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    year: integer('year').notNull(),
    content: jsonb('content').$type<AnnualReportContent>().notNull(),
    /** What is published on the organization's portal page once accepted. */
    publicPart: jsonb('public_part').$type<Record<string, unknown>>(),
    state: varchar('state', { length: 16 }).$type<AnnualReportState>().notNull().default('draft'),
    /** Guards the workflow's steps (two reviewers cannot both act). */
    version: integer('version').notNull().default(0),
    reviewerLevel: varchar('reviewer_level', { length: 16 }).$type<'street' | 'bureau'>(),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('annual_reports_year_idx').on(t.districtCode, t.organizationId, t.year),
    index('annual_reports_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode, t.year),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('annual_reports');
