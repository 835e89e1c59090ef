import { jsonb, pgTable, primaryKey, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** Values that override the defaults declared in code (settings.ts); one row per changed key. */
export const settings = pgTable('settings', {
  key: varchar('key', { length: 100 }).primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/**
 * A setting overridden for one jurisdiction and its subtree (cities set their time bank's rules
 * differently); the nearest ancestor's value wins over the platform-wide one.
 */
export const jurisdictionSettings = pgTable(
  'jurisdiction_settings',
  {
    jurisdictionCode: varchar('jurisdiction_code', { length: 12 }).notNull(),
    key: varchar('key', { length: 100 }).notNull(),
    value: jsonb('value').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [primaryKey({ columns: [t.jurisdictionCode, t.key] })],
);
