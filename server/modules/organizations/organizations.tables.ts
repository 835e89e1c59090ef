import { sql } from 'drizzle-orm';
import {
  boolean, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';

/** 依法登记 · 备案 · 社区指导 (DESIGN M1.4) */
export const orgClasses = ['registered', 'filed', 'guided'] as const;
export type OrgClass = (typeof orgClasses)[number];

export const registeredTypes = ['social_group', 'social_service_agency'] as const;
export type RegisteredType = (typeof registeredTypes)[number];

/**
 * draft: being filed for the first time · active: filed, registered or guided · terminated · revoked ·
 * rejected: the first filing was refused.
 */
export const orgStatuses = ['draft', 'active', 'terminated', 'revoked', 'rejected'] as const;
export type OrgStatus = (typeof orgStatuses)[number];

/** A community social organization. `jurisdiction_code` is its home community (or street). */
export const organizations = pgTable(
  'organizations',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    streetCode: varchar('street_code', { length: 9 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    orgClass: varchar('org_class', { length: 16 }).$type<OrgClass>().notNull(),
    category: varchar('category', { length: 50 }).notNull(),
    status: varchar('status', { length: 16 }).$type<OrgStatus>().notNull().default('draft'),
    isHub: boolean('is_hub').notNull().default(false),
    /** Hub organizations (枢纽型) only: the street whose organizations they serve. */
    hubStreetCode: varchar('hub_street_code', { length: 9 }),
    address: varchar('address', { length: 200 }),
    foundedOn: date('founded_on'),
    purpose: text('purpose'),
    businessScope: text('business_scope'),
    memberCount: integer('member_count').notNull().default(0),
    leaderName: varchar('leader_name', { length: 50 }),
    leaderIdEnc: text('leader_id_enc'),
    leaderIdIndex: varchar('leader_id_index', { length: 64 }),
    leaderPhoneEnc: text('leader_phone_enc'),
    leaderPartyMember: boolean('leader_party_member').notNull().default(false),
    contactName: varchar('contact_name', { length: 50 }),
    contactPhoneEnc: text('contact_phone_enc'),
    fundingSource: varchar('funding_source', { length: 200 }),
    /** Registered organizations only (GB 32100). */
    creditCode: varchar('credit_code', { length: 18 }),
    /** Registered organizations: social group (社会团体) or social service agency (社会服务机构), who registered it and when. */
    registeredType: varchar('registered_type', { length: 24 }).$type<RegisteredType>(),
    registrationAuthority: varchar('registration_authority', { length: 100 }),
    registeredOn: date('registered_on'),
    certificateNumber: varchar('certificate_number', { length: 60 }),
    filedAt: timestamp('filed_at', { withTimezone: true }),
    /** When it left: terminated (退出) or revoked (撤销备案). */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('organizations_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode),
    // Links and QR codes address an organization by id alone (its district unknown to the caller).
    index('organizations_id_idx').on(t.id),
    // A live organization's name is unique within its street (drafts and ended ones do not hold it).
    uniqueIndex('organizations_live_name_idx').on(t.districtCode, t.streetCode, t.name).where(sql`status = 'active'`),
    index('organizations_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    // The list's text search matches name or certificate number: both indexed, so the OR stays an index scan.
    index('organizations_certificate_number_trgm_idx').using('gin', t.certificateNumber.op('gin_trgm_ops')),
  ],
);
registerScopedTable('organizations');

/** The charter (章程), one row per version; a filing or change writes a new version. */
export const charters = pgTable(
  'charters',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    version: integer('version').notNull(),
    /** The model charter's parts, by key (charter.ts lists them). */
    parts: jsonb('parts').$type<Record<string, string>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('charters_version_idx').on(t.districtCode, t.organizationId, t.version),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('charters');

/** The member roster (成员花名册). ID and phone numbers encrypted; the blind index finds duplicates. */
export const rosterMembers = pgTable(
  'roster_members',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    name: varchar('name', { length: 50 }).notNull(),
    gender: varchar('gender', { length: 8 }).$type<'male' | 'female'>().notNull(),
    birthDate: date('birth_date').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberIndex: varchar('id_number_index', { length: 64 }).notNull(),
    phoneEnc: text('phone_enc'),
    isLeader: boolean('is_leader').notNull().default(false),
    partyMember: boolean('party_member').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('roster_members_person_idx').on(t.districtCode, t.organizationId, t.idNumberIndex),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }).onDelete('cascade'),
  ],
);
registerScopedTable('roster_members');
