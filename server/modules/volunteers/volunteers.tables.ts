import { date, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';

/** self: registered on the portal · committee / organization: enrolled or imported by staff or a leader. */
export const enrolmentSources = ['self', 'committee', 'organization', 'import'] as const;
export type EnrolmentSource = (typeof enrolmentSources)[number];

export const volunteerStatuses = ['active', 'withdrawn'] as const;
export type VolunteerStatus = (typeof volunteerStatuses)[number];

/**
 * A registered volunteer (注册志愿者, M5.1). `jurisdiction_code` is the home community. The resident
 * ID is SM4-encrypted; one volunteer per ID across the platform (`volunteer_id_numbers`).
 */
export const volunteers = pgTable(
  'volunteers',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    /** The portal account, when the volunteer has one (self-registered, or claimed later). */
    userId: uuid('user_id'),
    name: varchar('name', { length: 50 }).notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberIndex: varchar('id_number_index', { length: 64 }).notNull(),
    /** From the ID number: the time bank's withdrawal age and transfers need it. */
    birthDate: date('birth_date').notNull(),
    gender: varchar('gender', { length: 8 }).$type<'male' | 'female'>().notNull(),
    phoneEnc: text('phone_enc').notNull(),
    phoneIndex: varchar('phone_index', { length: 64 }).notNull(),
    /** Dictionary codes: `skill`, `service_type`. */
    skills: jsonb('skills').$type<string[]>().notNull().default([]),
    interests: jsonb('interests').$type<string[]>().notNull().default([]),
    /** Free text the volunteer writes (e.g. 周末上午、工作日晚上). */
    availability: varchar('availability', { length: 200 }),
    /** The consent text's version the volunteer agreed to, and when (个人信息处理同意). */
    consentVersion: varchar('consent_version', { length: 20 }).notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    source: varchar('source', { length: 16 }).$type<EnrolmentSource>().notNull(),
    enrolledBy: uuid('enrolled_by'),
    status: varchar('status', { length: 16 }).$type<VolunteerStatus>().notNull().default('active'),
    /** Sign-up is refused until then, after repeated no-shows (诚信记载). */
    signupRestrictedUntil: timestamp('signup_restricted_until', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('volunteers_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode),
    index('volunteers_user_idx').on(t.userId),
    index('volunteers_id_idx').on(t.id),
  ],
);
registerScopedTable('volunteers');

/**
 * ID number (blind index) → volunteer, a reference table so "one volunteer per ID" holds across
 * districts and a look-up by ID finds the volunteer's district without asking every shard.
 */
export const volunteerIdNumbers = pgTable('volunteer_id_numbers', {
  idNumberIndex: varchar('id_number_index', { length: 64 }).primaryKey(),
  districtCode: districtCode(),
  volunteerId: uuid('volunteer_id').notNull(),
});

/** 志愿服务站 (e.g. 社区学雷锋志愿服务站, seed 001 第六条), at a community or street. */
export const volunteerStations = pgTable(
  'volunteer_stations',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    name: varchar('name', { length: 100 }).notNull(),
    address: varchar('address', { length: 200 }),
    /** The user who runs it (a committee clerk, or a volunteer's account). */
    managerUserId: uuid('manager_user_id'),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('volunteer_stations_name_idx').on(t.districtCode, t.jurisdictionCode, t.name),
  ],
);
registerScopedTable('volunteer_stations');

/** A volunteer team (志愿服务队): an organization's, a station's, or the committee's own. */
export const volunteerTeams = pgTable(
  'volunteer_teams',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    name: varchar('name', { length: 100 }).notNull(),
    stationId: uuid('station_id'),
    organizationId: uuid('organization_id'),
    managerUserId: uuid('manager_user_id'),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('volunteer_teams_name_idx').on(t.districtCode, t.jurisdictionCode, t.name),
    foreignKey({ columns: [t.districtCode, t.stationId], foreignColumns: [volunteerStations.districtCode, volunteerStations.id] }),
  ],
);
registerScopedTable('volunteer_teams');

/**
 * A volunteer's membership of a team (a volunteer may join several). Kept in the team's district;
 * the volunteer may live in another.
 */
export const teamMembers = pgTable(
  'team_members',
  {
    districtCode: districtCode(),
    teamId: uuid('team_id').notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    volunteerDistrictCode: varchar('volunteer_district_code', { length: 6 }).notNull(),
    jurisdictionCode: jurisdictionCode(),
    joinedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.teamId, t.volunteerId] }),
    foreignKey({ columns: [t.districtCode, t.teamId], foreignColumns: [volunteerTeams.districtCode, volunteerTeams.id] }).onDelete('cascade'),
  ],
);
registerScopedTable('team_members');
