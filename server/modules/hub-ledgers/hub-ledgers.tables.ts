import { date, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/**
 * 工作台账 (seed 001): every half year a hub organization submits the ledger of its street's
 * organizations to the district bureau. The figures are generated from the data, never typed; the
 * hub adds remarks. `jurisdiction_code` is the street the hub serves, so the street, the hub and the
 * district bureau all see it. A case on the workflow runner (draft → submitted → acknowledged, or returned).
 */
export const hubLedgers = pgTable(
  'hub_ledgers',
  {
    districtCode: districtCode(),
    id: id(),
    hubOrganizationId: uuid('hub_organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    /** '2026H1' (January–June) or '2026H2' (July–December). */
    period: varchar('period', { length: 6 }).notNull(),
    state: varchar('state', { length: 16 }).notNull().default('draft'),
    version: integer('version').notNull().default(0),
    dueOn: date('due_on').notNull(),
    figures: jsonb('figures').$type<Record<string, unknown>>(),
    generatedAt: timestamp('generated_at', { withTimezone: true }),
    remarks: text('remarks'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('hub_ledgers_period_idx').on(t.districtCode, t.hubOrganizationId, t.period),
    foreignKey({ columns: [t.districtCode, t.hubOrganizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('hub_ledgers');
