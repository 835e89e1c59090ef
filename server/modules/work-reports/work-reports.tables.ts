import { bigint, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/** submitted → acknowledged (阅知), or returned for more (补充) and submitted again. */
export const workReportStates = ['submitted', 'returned', 'acknowledged'] as const;
export type WorkReportState = (typeof workReportStates)[number];

/**
 * A work report to the village/community 两委 (定期报告, seed 001 第一条, 000 第17条): one per
 * organization and period (`workReport.period`: '2026H1', '2026Q3' or '2026'). The committee of the
 * organization's community acknowledges it or asks for more.
 */
export const workReports = pgTable(
  'work_reports',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    period: varchar('period', { length: 8 }).notNull(),
    activitiesHeld: integer('activities_held').notNull(),
    participants: integer('participants').notNull(),
    /** Money in integer fen. */
    fundsInFen: bigint('funds_in_fen', { mode: 'number' }).notNull(),
    fundsOutFen: bigint('funds_out_fen', { mode: 'number' }).notNull(),
    summary: text('summary').notNull(),
    plans: text('plans').notNull(),
    state: varchar('state', { length: 16 }).$type<WorkReportState>().notNull().default('submitted'),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('work_reports_period_idx').on(t.districtCode, t.organizationId, t.period),
    index('work_reports_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode, t.period),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('work_reports');
