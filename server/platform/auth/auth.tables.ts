import {
  boolean, foreignKey, index, integer, pgTable, primaryKey, timestamp, uuid, varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode } from '../db/columns';
import { registerScopedTable } from '../db/scope-guard';
import { users } from '../../modules/users/users.tables';

/**
 * Server-side sessions. The cookie carries `<district>.<token>`; only the token's SHA-256 is stored,
 * so a database leak does not hand out live sessions.
 */
export const sessions = pgTable(
  'sessions',
  {
    districtCode: districtCode(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull(),
    userId: uuid('user_id').notNull(),
    csrfToken: varchar('csrf_token', { length: 64 }).notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: varchar('end_reason', { length: 32 }),
    sourceAddress: varchar('source_address', { length: 64 }),
    userAgent: varchar('user_agent', { length: 300 }),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.tokenHash] }),
    index('sessions_user_idx').on(t.districtCode, t.userId),
    foreignKey({ columns: [t.districtCode, t.userId], foreignColumns: [users.districtCode, users.id] })
      .onDelete('cascade'),
  ],
);

/** Failed-login counters per account and per source address (lockout). */
export const loginThrottles = pgTable('login_throttles', {
  key: varchar('key', { length: 120 }).primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/** Login log: every attempt, success or not. Unknown usernames land in district 000000. */
export const loginEvents = pgTable(
  'login_events',
  {
    districtCode: districtCode(),
    id: id(),
    at: createdAt(),
    username: varchar('username', { length: 64 }).notNull(),
    userId: uuid('user_id'),
    /** The account's node; '' when the username matched no account. */
    jurisdictionCode: jurisdictionCode(),
    success: boolean('success').notNull(),
    /** ok · bad_credentials · locked · disabled */
    outcome: varchar('outcome', { length: 24 }).notNull(),
    sourceAddress: varchar('source_address', { length: 64 }),
    userAgent: varchar('user_agent', { length: 300 }),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('login_events_at_idx').on(t.districtCode, t.at),
  ],
);
registerScopedTable('login_events');
