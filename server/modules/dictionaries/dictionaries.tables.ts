import { boolean, integer, pgTable, primaryKey, timestamp, varchar } from 'drizzle-orm/pg-core';

/** Controlled vocabularies (categories, service types, target groups…), edited by admins. */
export const dictionaryEntries = pgTable(
  'dictionary_entries',
  {
    type: varchar('type', { length: 50 }).notNull(),
    code: varchar('code', { length: 50 }).notNull(),
    labelZh: varchar('label_zh', { length: 100 }).notNull(),
    labelEn: varchar('label_en', { length: 100 }).notNull(),
    sort: integer('sort').notNull().default(0),
    enabled: boolean('enabled').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.type, t.code] })],
);
