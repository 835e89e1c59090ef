import {
  boolean, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid, varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import type { Role } from '../../platform/policy/roles';

export type UserStatus = 'active' | 'disabled';

export const users = pgTable(
  'users',
  {
    districtCode: districtCode(),
    id: id(),
    username: varchar('username', { length: 64 }).notNull(),
    displayName: varchar('display_name', { length: 64 }).notNull(),
    /** SM4-encrypted (platform/crypto); `phoneIndex` is its blind index for look-ups. */
    phoneEnc: text('phone_enc'),
    phoneIndex: varchar('phone_index', { length: 64 }),
    role: varchar('role', { length: 16 }).$type<Role>().notNull(),
    jurisdictionCode: jurisdictionCode(),
    organizationId: uuid('organization_id'),
    status: varchar('status', { length: 16 }).$type<UserStatus>().notNull().default('active'),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set for one-time passwords (first admin, resets): the next login must choose a new one. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('users_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode),
  ],
);
registerScopedTable('users');

/**
 * Username → account, a reference table so a login finds the account's district without asking
 * every shard (usernames are unique across the platform).
 */
export const loginNames = pgTable('login_names', {
  username: varchar('username', { length: 64 }).primaryKey(),
  districtCode: districtCode(),
  userId: uuid('user_id').notNull(),
});

/** Earlier password hashes, so a new password cannot repeat the last N. */
export const passwordHistory = pgTable(
  'password_history',
  {
    districtCode: districtCode(),
    userId: uuid('user_id').notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.userId, t.createdAt] }),
    foreignKey({ columns: [t.districtCode, t.userId], foreignColumns: [users.districtCode, users.id] })
      .onDelete('cascade'),
  ],
);
