import { date, foreignKey, integer, pgTable, primaryKey, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { districtCode, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/**
 * 单独建立党支部 · 联合党支部 · 党建指导员覆盖 · 未覆盖 (seed 001 第一条, 003 红色领航).
 * Organizational coverage counts the first two; work coverage counts the first three.
 */
export const partyOrganizationStatuses = ['own_branch', 'joint_branch', 'instructor', 'none'] as const;
export type PartyOrganizationStatus = (typeof partyOrganizationStatuses)[number];

/**
 * An organization's party building (M3). Party members and the leader's membership come from the
 * roster and the organization row; the rest is kept here by the street or committee. An organization
 * without a row counts as `none`.
 */
export const partyBuilding = pgTable(
  'party_building',
  {
    districtCode: districtCode(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    status: varchar('status', { length: 16 }).$type<PartyOrganizationStatus>().notNull(),
    /** The branch's name (own or joint), e.g. 高基里社区社会组织联合党支部. */
    branchName: varchar('branch_name', { length: 100 }),
    /** Members outside the roster who belong to the branch (e.g. a joint branch's). */
    extraPartyMembers: integer('extra_party_members').notNull().default(0),
    /** 党建指导员: the instructor assigned, by name and phone (not always an account). */
    instructorName: varchar('instructor_name', { length: 50 }),
    instructorPhoneEnc: text('instructor_phone_enc'),
    instructorAssignedOn: date('instructor_assigned_on'),
    note: text('note'),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.organizationId] }),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('party_building');
