import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { districtCodeOf } from '../db/columns';
import { auditLog } from './audit.tables';

/** District of rows with no jurisdiction (e.g. a login attempt for an unknown username). */
export const noDistrict = '000000';

export type AuditOutcome = 'success' | 'denied' | 'failed';

export type AuditEntry = {
  /** `entity.verb`, e.g. `user.create`, `auth.login`. */
  action: string;
  outcome?: AuditOutcome;
  targetType?: string;
  targetId?: string;
  /** What changed; never personal data in clear (mask or omit it). */
  details?: Record<string, unknown>;
};

export type AuditActor = {
  userId?: string | null;
  username?: string | null;
  role?: string | null;
  /** The node the row is filed under; '' when unknown. */
  jurisdictionCode: string;
  sourceAddress?: string | null;
};

/**
 * An audit row as JSON keyed by audit_log's column names, for
 * `INSERT … SELECT … FROM jsonb_populate_record(null::audit_log, $1::jsonb)`: recordAudit inserts it
 * so, and a database function (ledger_post) appends the row of the change it makes from it. The row
 * is pending (no seq, no hashes) until sealAuditChains links it into its district's chain.
 */
export type AuditRowJson = {
  district_code: string;
  /** ISO time with milliseconds, the precision the chain hash covers. */
  created_at: string;
  actor_user_id: string | null;
  actor_username: string | null;
  actor_role: string | null;
  jurisdiction_code: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: AuditOutcome;
  source_address: string | null;
  details: Record<string, unknown> | null;
};

export function auditRowJson(actor: AuditActor, entry: AuditEntry): AuditRowJson {
  return {
    district_code: actor.jurisdictionCode ? districtCodeOf(actor.jurisdictionCode) : noDistrict,
    created_at: new Date().toISOString(),
    actor_user_id: actor.userId ?? null,
    actor_username: actor.username ?? null,
    actor_role: actor.role ?? null,
    jurisdiction_code: actor.jurisdictionCode,
    action: entry.action,
    target_type: entry.targetType ?? null,
    target_id: entry.targetId ?? null,
    outcome: entry.outcome ?? 'success',
    source_address: actor.sourceAddress ?? null,
    details: entry.details ?? null,
  };
}

const columns = sql.raw([
  'district_code', 'created_at', 'actor_user_id', 'actor_username', 'actor_role', 'jurisdiction_code',
  'action', 'target_type', 'target_id', 'outcome', 'source_address', 'details',
].join(', '));

/**
 * Appends one audit row, pending: a single INSERT that takes no lock, so audited writes of a
 * district never wait on each other. Call it with the transaction of the change it records, so both
 * land or neither does. The audit.seal job links pending rows into the chain within a minute.
 */
export async function recordAudit(db: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.execute(sql`INSERT INTO ${auditLog} (${columns})
    SELECT ${columns} FROM jsonb_populate_record(null::${auditLog}, ${JSON.stringify(auditRowJson(actor, entry))}::jsonb)`);
}
