import { bigint, boolean, index, integer, pgTable, primaryKey, varchar } from 'drizzle-orm/pg-core';
import { districtCode, jurisdictionCode } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import type { OrgClass, OrgStatus } from '../organizations/organizations.tables';

/*
 * Organization counts kept by triggers on `organizations` (migration 0008; ARCHITECTURE.md
 * 组织发展统计), so the development statistics read a few thousand rows instead of counting
 * organizations. Never written by the application; a backup leaves them out, a restore rebuilds them.
 */

/** Organizations per place (the community or street they sit at), status, class and category. */
export const organizationCounts = pgTable(
  'organization_counts',
  {
    districtCode: districtCode(),
    jurisdictionCode: jurisdictionCode(),
    status: varchar('status', { length: 16 }).$type<OrgStatus>().notNull(),
    orgClass: varchar('org_class', { length: 16 }).$type<OrgClass>().notNull(),
    category: varchar('category', { length: 50 }).notNull(),
    organizations: integer('organizations').notNull(),
  },
  (t) => [primaryKey({ name: 'organization_counts_pk', columns: [t.districtCode, t.jurisdictionCode, t.status, t.orgClass, t.category] })],
);
registerScopedTable('organization_counts');

/** The same per district: what a province or city reads (about a hundred districts, not tens of thousands of places). */
export const organizationDistrictCounts = pgTable(
  'organization_district_counts',
  {
    districtCode: districtCode(),
    status: varchar('status', { length: 16 }).$type<OrgStatus>().notNull(),
    orgClass: varchar('org_class', { length: 16 }).$type<OrgClass>().notNull(),
    category: varchar('category', { length: 50 }).notNull(),
    organizations: integer('organizations').notNull(),
  },
  (t) => [primaryKey({ name: 'organization_district_counts_pk', columns: [t.districtCode, t.status, t.orgClass, t.category] })],
);

/** Active organizations per place: one row per community (or street), for the density against the targets. */
export const organizationActiveCounts = pgTable(
  'organization_active_counts',
  {
    districtCode: districtCode(),
    jurisdictionCode: jurisdictionCode(),
    organizations: integer('organizations').notNull(),
  },
  (t) => [primaryKey({ name: 'organization_active_counts_pk', columns: [t.districtCode, t.jurisdictionCode] })],
);
registerScopedTable('organization_active_counts');

/**
 * How many communities of a district, urban or rural, have exactly `activeOrganizations` active
 * organizations (migration 0010): the density a province or city reads, a few dozen rows per district
 * instead of joining every community, and "below target" holds for any target setting. Kept by the
 * same commit-time trigger as the counts above (a community moves from one bucket to the next) and by
 * triggers on `jurisdictions` (a community added, removed, or reclassified urban or rural).
 */
export const communityDensityCounts = pgTable(
  'community_density_counts',
  {
    districtCode: districtCode(),
    urban: boolean('urban').notNull(),
    activeOrganizations: integer('active_organizations').notNull(),
    communities: integer('communities').notNull(),
  },
  (t) => [primaryKey({ name: 'community_density_counts_pk', columns: [t.districtCode, t.urban, t.activeOrganizations] })],
);

/**
 * A transaction's net changes, staged by the statement triggers and applied to the counts above at
 * commit, in key order, by a deferred trigger; rows live only inside their transaction.
 */
export const organizationCountChanges = pgTable(
  'organization_count_changes',
  {
    districtCode: districtCode(),
    /** txid_current() of the writing transaction. */
    tx: bigint('tx', { mode: 'number' }).notNull(),
    jurisdictionCode: jurisdictionCode(),
    status: varchar('status', { length: 16 }).notNull(),
    orgClass: varchar('org_class', { length: 16 }).notNull(),
    category: varchar('category', { length: 50 }).notNull(),
    delta: integer('delta').notNull(),
  },
  (t) => [
    primaryKey({ name: 'organization_count_changes_pk', columns: [t.districtCode, t.tx, t.jurisdictionCode, t.status, t.orgClass, t.category] }),
    index('organization_count_changes_tx_idx').on(t.tx),
  ],
);

/** One row per transaction with staged changes: its deferred trigger applies them all at once, at commit. */
export const organizationCountFlushes = pgTable('organization_count_flushes', {
  tx: bigint('tx', { mode: 'number' }).primaryKey(),
});
