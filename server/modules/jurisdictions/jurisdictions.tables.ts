import { index, integer, pgTable, smallint, timestamp, varchar } from 'drizzle-orm/pg-core';

/**
 * The administrative tree, keyed by national division codes: province (2 digits), city (4),
 * district/county (6), street/township (9), community/village (12). A node's subtree is every code
 * that starts with its code, which is how data scope is checked.
 */
export const jurisdictions = pgTable(
  'jurisdictions',
  {
    code: varchar('code', { length: 12 }).primaryKey(),
    name: varchar('name', { length: 100 }).notNull(),
    /** 1 province · 2 city · 3 district · 4 street · 5 community */
    level: smallint('level').notNull(),
    parentCode: varchar('parent_code', { length: 12 }),
    /** Communities only: urban (居委会), rural (村委会) or unknown. */
    areaType: varchar('area_type', { length: 8 }),
    households: integer('households'),
    population: integer('population'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('jurisdictions_parent_idx').on(t.parentCode, t.code),
    index('jurisdictions_code_pattern_idx').using('btree', t.code.op('varchar_pattern_ops')),
    index('jurisdictions_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
  ],
);
