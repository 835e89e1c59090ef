import { boolean, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/** 满意/基本满意/不满意, or a 1–5 scale. */
export const satisfactionScales = ['three_level', 'five_point'] as const;
export type SatisfactionScale = (typeof satisfactionScales)[number];

/** 两委成员 · 居（村）民代表 · 辖区单位 (seed 001 第一条). */
export const evaluatorKinds = ['committee_member', 'resident_rep', 'local_unit'] as const;
export type EvaluatorKind = (typeof evaluatorKinds)[number];

export const satisfactionRoundStates = ['open', 'closed'] as const;
export type SatisfactionRoundState = (typeof satisfactionRoundStates)[number];

/** One item of a round: `service`, `participation`, `conduct`, `overall` by default. */
export type SatisfactionItem = { key: string; label: string };

/**
 * A satisfaction evaluation round (满意度测评) opened by a committee or a street for the organizations
 * of its area. `jurisdiction_code` is the opener's node. Closing computes `satisfaction_results`.
 */
export const satisfactionRounds = pgTable(
  'satisfaction_rounds',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    title: varchar('title', { length: 100 }).notNull(),
    items: jsonb('items').$type<SatisfactionItem[]>().notNull(),
    scale: varchar('scale', { length: 16 }).$type<SatisfactionScale>().notNull(),
    /** The evaluator-kind weights in force when opened (settings `satisfaction.weights`), in percent. */
    weights: jsonb('weights').$type<Record<EvaluatorKind, number>>().notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    state: varchar('state', { length: 16 }).$type<SatisfactionRoundState>().notNull().default('open'),
    openedBy: uuid('opened_by').notNull(),
    closedBy: uuid('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('satisfaction_rounds_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode),
  ],
);
registerScopedTable('satisfaction_rounds');

/** The organizations a round evaluates; `jurisdiction_code` is the organization's. */
export const satisfactionRoundOrganizations = pgTable(
  'satisfaction_round_organizations',
  {
    districtCode: districtCode(),
    roundId: uuid('round_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.roundId, t.organizationId] }),
    foreignKey({ columns: [t.districtCode, t.roundId], foreignColumns: [satisfactionRounds.districtCode, satisfactionRounds.id] }),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('satisfaction_round_organizations');

/**
 * An evaluator named for a round. Evaluators are not accounts: each gets a link with a random token
 * (only its SHA-256 is kept) that opens the scoring page on a phone.
 */
export const satisfactionEvaluators = pgTable(
  'satisfaction_evaluators',
  {
    districtCode: districtCode(),
    id: id(),
    roundId: uuid('round_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    kind: varchar('kind', { length: 20 }).$type<EvaluatorKind>().notNull(),
    name: varchar('name', { length: 50 }).notNull(),
    /** For a local unit, the unit (辖区单位); for a person, optional (e.g. 3号楼居民代表). */
    affiliation: varchar('affiliation', { length: 100 }),
    tokenHash: varchar('token_hash', { length: 64 }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    // The link carries the district and the token: found by its hash inside the district.
    uniqueIndex('satisfaction_evaluators_token_idx').on(t.districtCode, t.tokenHash),
    index('satisfaction_evaluators_round_idx').on(t.districtCode, t.roundId),
    foreignKey({ columns: [t.districtCode, t.roundId], foreignColumns: [satisfactionRounds.districtCode, satisfactionRounds.id] }),
  ],
);
registerScopedTable('satisfaction_evaluators');

/** One evaluator's score of one organization on one item: three_level 3/2/1, five_point 1–5. */
export const satisfactionScores = pgTable(
  'satisfaction_scores',
  {
    districtCode: districtCode(),
    roundId: uuid('round_id').notNull(),
    evaluatorId: uuid('evaluator_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    itemKey: varchar('item_key', { length: 32 }).notNull(),
    score: integer('score').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.evaluatorId, t.organizationId, t.itemKey] }),
    index('satisfaction_scores_round_idx').on(t.districtCode, t.roundId, t.organizationId),
    foreignKey({ columns: [t.districtCode, t.evaluatorId], foreignColumns: [satisfactionEvaluators.districtCode, satisfactionEvaluators.id] }),
  ],
);
registerScopedTable('satisfaction_scores');

/** 满意 · 基本满意 · 不满意: the band a weighted score falls in (`satisfaction.bands`). */
export const satisfactionRatings = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type SatisfactionRating = (typeof satisfactionRatings)[number];

/**
 * A closed round's result per organization: the weighted score (0–100), rank and rating, and the
 * per-kind averages behind it. Purchase of services, resource matching and exit read these.
 */
export const satisfactionResults = pgTable(
  'satisfaction_results',
  {
    districtCode: districtCode(),
    roundId: uuid('round_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    rank: integer('rank').notNull(),
    rating: varchar('rating', { length: 24 }).$type<SatisfactionRating>().notNull(),
    byKind: jsonb('by_kind').$type<Partial<Record<EvaluatorKind, number>>>().notNull(),
    byItem: jsonb('by_item').$type<Record<string, number>>().notNull(),
    evaluatorCount: integer('evaluator_count').notNull(),
    /** Unsatisfactory in this round and the organization's previous closed round: exit review (退出评估). */
    exitReview: boolean('exit_review').notNull().default(false),
    closedAt: timestamp('closed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.roundId, t.organizationId] }),
    index('satisfaction_results_org_idx').on(t.districtCode, t.organizationId, t.closedAt),
    foreignKey({ columns: [t.districtCode, t.roundId], foreignColumns: [satisfactionRounds.districtCode, satisfactionRounds.id] }),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('satisfaction_results');
