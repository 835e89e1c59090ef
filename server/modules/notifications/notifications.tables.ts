import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id } from '../../platform/db/columns';
import { users } from '../users/users.tables';

/** In-app notifications; a user reads only their own (filtered by user id, not jurisdiction). */
export const notifications = pgTable(
  'notifications',
  {
    districtCode: districtCode(),
    id: id(),
    userId: uuid('user_id').notNull(),
    title: varchar('title', { length: 200 }).notNull(),
    body: text('body'),
    /** A path inside the admin app, e.g. /admin/filings/…, opened from the notification. */
    link: varchar('link', { length: 300 }),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('notifications_user_idx').on(t.districtCode, t.userId, t.createdAt),
    foreignKey({ columns: [t.districtCode, t.userId], foreignColumns: [users.districtCode, users.id] })
      .onDelete('cascade'),
  ],
);
