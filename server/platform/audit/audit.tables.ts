import { bigint, index, jsonb, pgTable, primaryKey, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, jurisdictionCode } from '../db/columns';
import { registerScopedTable } from '../db/scope-guard';

/**
 * Append-only audit log. Rows form one hash chain per district (so districts never wait on each
 * other): hash = SM3(previous hash + canonical row). `verifyAuditChain` names the first broken row.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    districtCode: districtCode(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    at: createdAt(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: varchar('actor_username', { length: 64 }),
    actorRole: varchar('actor_role', { length: 16 }),
    /** The actor's node (or the account's, for logins); data scope filters on it. */
    jurisdictionCode: jurisdictionCode(),
    action: varchar('action', { length: 64 }).notNull(),
    targetType: varchar('target_type', { length: 40 }),
    targetId: varchar('target_id', { length: 64 }),
    /** success · denied · failed */
    outcome: varchar('outcome', { length: 16 }).notNull(),
    sourceAddress: varchar('source_address', { length: 64 }),
    /** What changed, never personal data in clear. */
    details: jsonb('details'),
    prevHash: varchar('prev_hash', { length: 64 }).notNull(),
    hash: varchar('hash', { length: 64 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.seq] }),
    index('audit_log_at_idx').on(t.districtCode, t.at),
    index('audit_log_action_idx').on(t.districtCode, t.action),
  ],
);
registerScopedTable('audit_log');

/** The last link of each district's chain; its row lock orders concurrent writers. */
export const auditChainHeads = pgTable('audit_chain_heads', {
  districtCode: districtCode().primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: varchar('hash', { length: 64 }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
