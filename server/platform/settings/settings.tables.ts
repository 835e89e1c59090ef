import { jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** Values that override the defaults declared in code (settings.ts); one row per changed key. */
export const settings = pgTable('settings', {
  key: varchar('key', { length: 100 }).primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
