import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, jsonb, pgTable, primaryKey, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, jurisdictionCode } from '../db/columns';
import { registerScopedTable } from '../db/scope-guard';

/**
 * Append-only audit log. Rows form one hash chain per district: hash = SM3(previous hash + canonical
 * row). A row is appended pending (seq and hashes null, `recordAudit`) and sealed into its chain
 * later (`sealAuditChains`); `verifyAuditChain` names the first broken row.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    districtCode: districtCode(),
    /** Insertion order; pending rows are sealed in this order. */
    id: bigserial('id', { mode: 'number' }).notNull(),
    /** The row's place in its district's chain; null while pending. */
    seq: bigint('seq', { mode: 'number' }),
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
    prevHash: varchar('prev_hash', { length: 64 }),
    hash: varchar('hash', { length: 64 }),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    unique('audit_log_seq_unique').on(t.districtCode, t.seq),
    index('audit_log_pending_idx').on(t.districtCode, t.id).where(sql`${t.seq} IS NULL`),
    index('audit_log_at_idx').on(t.districtCode, t.at),
    index('audit_log_action_idx').on(t.districtCode, t.action),
  ],
);
registerScopedTable('audit_log');

/** The last sealed link of each district's chain; its row lock keeps one sealer per district. */
export const auditChainHeads = pgTable('audit_chain_heads', {
  districtCode: districtCode().primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: varchar('hash', { length: 64 }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
