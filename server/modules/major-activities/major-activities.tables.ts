import { boolean, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/** 节庆 · 演出 · 体育比赛 · 聚集性活动 (seed 000 第17条). */
export const majorActivityKinds = ['festival', 'performance', 'sports', 'gathering'] as const;
export type MajorActivityKind = (typeof majorActivityKinds)[number];

export const majorActivityStates = ['submitted', 'returned', 'acknowledged', 'withdrawn'] as const;
export type MajorActivityState = (typeof majorActivityStates)[number];

/**
 * A major-activity report (重大活动报告), due `majorActivity.daysBefore` days before the start.
 * Who must acknowledge is decided when it is reported: the committee, or the street when more than
 * `majorActivity.streetThreshold` people are expected. A report made later than the notice period is
 * kept and flagged `late`.
 */
export const majorActivityReports = pgTable(
  'major_activity_reports',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    kind: varchar('kind', { length: 16 }).$type<MajorActivityKind>().notNull(),
    title: varchar('title', { length: 100 }).notNull(),
    venue: varchar('venue', { length: 200 }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    expectedParticipants: integer('expected_participants').notNull(),
    safetyPlan: text('safety_plan').notNull(),
    /** 'committee' or 'street': who acknowledges, fixed when reported. */
    acknowledgerLevel: varchar('acknowledger_level', { length: 16 }).$type<'committee' | 'street'>().notNull(),
    late: boolean('late').notNull(),
    state: varchar('state', { length: 16 }).$type<MajorActivityState>().notNull().default('submitted'),
    reportedBy: uuid('reported_by').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('major_activity_reports_org_idx').on(t.districtCode, t.organizationId, t.startsAt),
    index('major_activity_reports_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode, t.startsAt),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('major_activity_reports');
