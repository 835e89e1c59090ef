import { date, index, integer, pgTable, primaryKey, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, districtCode, id, jurisdictionCode } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';

/** service: hours confirmed by the manager · reversal: a correction, the negative of one service row. */
export const serviceRecordKinds = ['service', 'reversal'] as const;
export type ServiceRecordKind = (typeof serviceRecordKinds)[number];

/**
 * 服务记录 (M5.3): one row per confirmed attendance, never updated; a correction appends a reversal
 * (minutes negated, with the reason) and, when hours were wrong rather than void, a new service row.
 * Kept in the activity's district; `jurisdiction_code` is where the service took place.
 */
export const serviceRecords = pgTable(
  'service_records',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    kind: varchar('kind', { length: 16 }).$type<ServiceRecordKind>().notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    volunteerDistrictCode: varchar('volunteer_district_code', { length: 6 }).notNull(),
    activityId: uuid('activity_id').notNull(),
    signupId: uuid('signup_id').notNull(),
    /** The station or team that hosted the activity, for totals by station and team. */
    stationId: uuid('station_id'),
    teamId: uuid('team_id'),
    organizationId: uuid('organization_id'),
    serviceType: varchar('service_type', { length: 50 }).notNull(),
    serviceDate: date('service_date').notNull(),
    /** Signed: a reversal's minutes are the negative of the row it reverses. */
    minutes: integer('minutes').notNull(),
    reversesId: uuid('reverses_id'),
    reason: varchar('reason', { length: 200 }),
    confirmedBy: uuid('confirmed_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('service_records_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode, t.serviceDate),
    index('service_records_volunteer_idx').on(t.volunteerId, t.serviceDate),
    // A row is reversed at most once.
    uniqueIndex('service_records_reverses_idx').on(t.districtCode, t.reversesId).where(sql`reverses_id is not null`),
  ],
);
registerScopedTable('service_records');

/**
 * 志愿服务记录证明: a certificate of a volunteer's confirmed hours up to its issue, with a signed QR
 * token verified on the portal. In the volunteer's district; `jurisdiction_code` is the home community.
 */
export const serviceCertificates = pgTable(
  'service_certificates',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    number: varchar('number', { length: 40 }).notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    /** What the certificate states, as of its issue (later corrections do not change a printed paper). */
    totalMinutes: integer('total_minutes').notNull(),
    recordCount: integer('record_count').notNull(),
    firstServiceDate: date('first_service_date'),
    lastServiceDate: date('last_service_date'),
    issuedBy: uuid('issued_by').notNull(),
    issuedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('service_certificates_number_idx').on(t.districtCode, t.number),
    index('service_certificates_number_lookup_idx').on(t.number),
  ],
);
registerScopedTable('service_certificates');

export const creditRecordKinds = ['no_show', 'late_cancel', 'complaint', 'commendation'] as const;
export type CreditRecordKind = (typeof creditRecordKinds)[number];

/** standing · contested (the volunteer disputes it) · upheld / withdrawn (the contest decided). */
export const creditRecordStatuses = ['standing', 'contested', 'upheld', 'withdrawn'] as const;
export type CreditRecordStatus = (typeof creditRecordStatuses)[number];

/**
 * 诚信记载 (M5.4): no-shows, late cancellations, complaints and commendations, each with its reason;
 * the volunteer sees and may contest them. In the volunteer's district, at the home community.
 */
export const volunteerCreditRecords = pgTable(
  'volunteer_credit_records',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    volunteerId: uuid('volunteer_id').notNull(),
    kind: varchar('kind', { length: 16 }).$type<CreditRecordKind>().notNull(),
    activityId: uuid('activity_id'),
    activityTitle: varchar('activity_title', { length: 100 }),
    reason: varchar('reason', { length: 500 }).notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    status: varchar('status', { length: 16 }).$type<CreditRecordStatus>().notNull().default('standing'),
    contestReason: varchar('contest_reason', { length: 500 }),
    contestedAt: timestamp('contested_at', { withTimezone: true }),
    decisionNote: varchar('decision_note', { length: 500 }),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('volunteer_credit_records_volunteer_idx').on(t.districtCode, t.volunteerId, t.createdAt),
  ],
);
registerScopedTable('volunteer_credit_records');
