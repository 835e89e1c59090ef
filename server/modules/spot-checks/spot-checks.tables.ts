import { date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/**
 * A 双随机 draw (seed 003 内部管理: 每年开展1次抽查): the bureau draws organizations of its area and
 * inspectors at random. The seed, the population (ids in order) and the share are kept, so anyone
 * can draw again and get the same lists. `jurisdiction_code` is the bureau's node.
 */
export const spotCheckDraws = pgTable(
  'spot_check_draws',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    year: integer('year').notNull(),
    title: varchar('title', { length: 100 }).notNull(),
    seed: varchar('seed', { length: 64 }).notNull(),
    /** Percent of the population drawn (`spotCheck.sharePercent` unless given). */
    sharePercent: numeric('share_percent', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    populationCount: integer('population_count').notNull(),
    /** SHA-256 of the ordered population ids: a later draw can prove it started from the same list. */
    populationHash: varchar('population_hash', { length: 64 }).notNull(),
    /** The population as drawn from (ordered by id), with each organization's street for the inspector rule. */
    population: jsonb('population').$type<{ id: string; streetCode: string }[]>().notNull(),
    inspectorsPerCheck: integer('inspectors_per_check').notNull(),
    /** The inspector pool (accounts ordered by id, with where each sits) the inspectors were drawn from. */
    inspectorPool: jsonb('inspector_pool').$type<{ id: string; jurisdictionCode: string }[]>().notNull(),
    drawnBy: uuid('drawn_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('spot_check_draws_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode, t.year),
  ],
);
registerScopedTable('spot_check_draws');

export const spotCheckStates = ['planned', 'completed'] as const;
export type SpotCheckState = (typeof spotCheckStates)[number];

/** 合格 · 需整改 · 不合格. */
export const spotCheckConclusions = ['compliant', 'rectify', 'non_compliant'] as const;
export type SpotCheckConclusion = (typeof spotCheckConclusions)[number];

/**
 * One organization drawn for a check, in the organization's district. The draw may sit in another
 * district (a city bureau's draw), so `draw_id` is a plain reference.
 */
export const spotChecks = pgTable(
  'spot_checks',
  {
    districtCode: districtCode(),
    id: id(),
    drawId: uuid('draw_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    inspectorIds: jsonb('inspector_ids').$type<string[]>().notNull(),
    state: varchar('state', { length: 16 }).$type<SpotCheckState>().notNull().default('planned'),
    checkedOn: date('checked_on'),
    findings: text('findings'),
    conclusion: varchar('conclusion', { length: 16 }).$type<SpotCheckConclusion>(),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('spot_checks_draw_org_idx').on(t.districtCode, t.drawId, t.organizationId),
    index('spot_checks_org_idx').on(t.districtCode, t.organizationId),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('spot_checks');

/** 责令改正通知书 · 工作提醒函 · 约谈记录 (seed 003). */
export const supervisionNoticeKinds = ['rectification', 'reminder_letter', 'talk'] as const;
export type SupervisionNoticeKind = (typeof supervisionNoticeKinds)[number];

/**
 * A rectification notice is `open` until the organization's rectification is accepted (`fixed`) and
 * `overdue` once its deadline passes unfixed; letters and talks are `issued` and stay so.
 */
export const supervisionNoticeStates = ['issued', 'open', 'fixed', 'overdue'] as const;
export type SupervisionNoticeState = (typeof supervisionNoticeStates)[number];

/** A notice, letter or talk to an organization, from a spot check or on its own; numbered per district and year. */
export const supervisionNotices = pgTable(
  'supervision_notices',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    kind: varchar('kind', { length: 20 }).$type<SupervisionNoticeKind>().notNull(),
    /** 清远清城民责改〔2026〕3号: the issuing authority's number. */
    number: varchar('number', { length: 60 }).notNull(),
    spotCheckId: uuid('spot_check_id'),
    /** The problems found, and what must be done (or, for a talk, what was said and agreed). */
    problems: text('problems').notNull(),
    requirements: text('requirements').notNull(),
    deadline: date('deadline'),
    /** For a talk: when and where it was held, and who took part. */
    heldAt: timestamp('held_at', { withTimezone: true }),
    place: varchar('place', { length: 100 }),
    participants: varchar('participants', { length: 200 }),
    state: varchar('state', { length: 16 }).$type<SupervisionNoticeState>().notNull(),
    /** The issuing node (street or bureau) and who issued it. */
    issuerCode: varchar('issuer_code', { length: 12 }).notNull(),
    issuedBy: uuid('issued_by').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** The organization's rectification report, and the staff's acceptance. */
    rectificationReport: text('rectification_report'),
    reportAttachmentId: uuid('report_attachment_id'),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
    /** Why the last report was not accepted (the notice stays open). */
    reviewNote: text('review_note'),
    fixedAt: timestamp('fixed_at', { withTimezone: true }),
    fixedBy: uuid('fixed_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('supervision_notices_number_idx').on(t.districtCode, t.number),
    index('supervision_notices_org_idx').on(t.districtCode, t.organizationId),
    index('supervision_notices_open_idx').on(t.districtCode, t.state, t.deadline),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('supervision_notices');
