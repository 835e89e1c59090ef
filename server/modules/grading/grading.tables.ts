import { boolean, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/**
 * One indicator of the evaluation index (评价体系, seed 000 第19条). Inner nodes sum their children;
 * a leaf is worth `points` and is either computed from data (`metric`, grading/metrics.ts) or scored
 * by the panel (`manual`). Weights are the points: the top level adds up to the index's total.
 */
export type IndexNode = {
  key: string;
  name: string;
  points: number;
  rule?: { kind: 'manual' } | { kind: 'metric'; metric: string };
  children?: IndexNode[];
};

/**
 * An evaluation index edited by a bureau for its city or district; each save is a new version, and an
 * evaluation keeps the version it was scored on. The platform default applies where a place has none.
 */
export const evaluationIndexes = pgTable(
  'evaluation_indexes',
  {
    id: id().primaryKey(),
    jurisdictionCode: jurisdictionCode(),
    version: integer('version').notNull(),
    totalPoints: integer('total_points').notNull(),
    tree: jsonb('tree').$type<IndexNode[]>().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('evaluation_indexes_version_idx').on(t.jurisdictionCode, t.version)],
);

/** 5A … 1A, or below the pass mark (未达等级). */
export const grades = ['5A', '4A', '3A', '2A', '1A', 'none'] as const;
export type Grade = (typeof grades)[number];

/**
 * applied (by the organization) or enrolled (by the bureau) → scoring (panel named) → proposed (the
 * bureau proposes a grade) → notice (公示, objections may be raised) → confirmed, or rejected.
 */
export const gradeEvaluationStates = ['applied', 'scoring', 'proposed', 'notice', 'confirmed', 'rejected'] as const;
export type GradeEvaluationState = (typeof gradeEvaluationStates)[number];

/** A grade evaluation (等级评估, M2.8) of one organization on one index version. */
export const gradeEvaluations = pgTable(
  'grade_evaluations',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    indexId: uuid('index_id').notNull(),
    /** 'applied' by the organization or 'enrolled' by the bureau. */
    origin: varchar('origin', { length: 16 }).$type<'applied' | 'enrolled'>().notNull(),
    state: varchar('state', { length: 16 }).$type<GradeEvaluationState>().notNull(),
    /** The computed indicators' values and points at the time the panel was named. */
    computed: jsonb('computed').$type<Record<string, { value: number; points: number }>>(),
    totalScore: numeric('total_score', { precision: 7, scale: 2, mode: 'number' }),
    proposedGrade: varchar('proposed_grade', { length: 4 }).$type<Grade>(),
    noticeEndsOn: date('notice_ends_on'),
    grade: varchar('grade', { length: 4 }).$type<Grade>(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    validUntil: date('valid_until'),
    certificateNumber: varchar('certificate_number', { length: 60 }),
    /** 3A and above receive a plaque (牌匾); its issue is recorded. */
    plaqueIssuedOn: date('plaque_issued_on'),
    decisionNote: text('decision_note'),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    // One evaluation in progress per organization.
    uniqueIndex('grade_evaluations_open_idx').on(t.districtCode, t.organizationId)
      .where(sql`state in ('applied', 'scoring', 'proposed', 'notice')`),
    index('grade_evaluations_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode, t.state),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('grade_evaluations');

/**
 * An expert on an evaluation's panel (a `reviewer` account). A member who declares a conflict of
 * interest is excluded: their scores, if any, do not count and they may not score.
 */
export const gradePanelMembers = pgTable(
  'grade_panel_members',
  {
    districtCode: districtCode(),
    evaluationId: uuid('evaluation_id').notNull(),
    reviewerId: uuid('reviewer_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    conflictDeclared: boolean('conflict_declared').notNull().default(false),
    conflictNote: text('conflict_note'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.evaluationId, t.reviewerId] }),
    index('grade_panel_members_reviewer_idx').on(t.reviewerId),
    foreignKey({ columns: [t.districtCode, t.evaluationId], foreignColumns: [gradeEvaluations.districtCode, gradeEvaluations.id] }),
  ],
);
registerScopedTable('grade_panel_members');

/** A panel member's points on one manual indicator (at most the indicator's points). */
export const gradeScores = pgTable(
  'grade_scores',
  {
    districtCode: districtCode(),
    evaluationId: uuid('evaluation_id').notNull(),
    reviewerId: uuid('reviewer_id').notNull(),
    indicatorKey: varchar('indicator_key', { length: 48 }).notNull(),
    jurisdictionCode: jurisdictionCode(),
    points: numeric('points', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.evaluationId, t.reviewerId, t.indicatorKey] }),
    foreignKey({ columns: [t.districtCode, t.evaluationId], foreignColumns: [gradeEvaluations.districtCode, gradeEvaluations.id] }),
  ],
);
registerScopedTable('grade_scores');

/**
 * An objection (异议) to a grade on public notice: text a resident submits from the portal's notice
 * page, or one the bureau records (a letter, a call). The bureau weighs them before confirming.
 */
export const gradeObjections = pgTable(
  'grade_objections',
  {
    districtCode: districtCode(),
    id: id(),
    evaluationId: uuid('evaluation_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    source: varchar('source', { length: 16 }).$type<'public' | 'bureau'>().notNull(),
    content: text('content').notNull(),
    /** How to reach the objector, if they gave it: encrypted, for the bureau only. */
    contactEnc: text('contact_enc'),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('grade_objections_evaluation_idx').on(t.districtCode, t.evaluationId),
    foreignKey({ columns: [t.districtCode, t.evaluationId], foreignColumns: [gradeEvaluations.districtCode, gradeEvaluations.id] }),
  ],
);
registerScopedTable('grade_objections');
