import { and, asc, eq, gt, like, or, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { withoutScope } from '../db/scope-guard';
import type { Db } from '../db/database';
import { districtCodeOf } from '../db/columns';
import { sm3Hex } from '../crypto/sm';
import { auditChainHeads, auditLog } from './audit.tables';

export const genesisHash = '0'.repeat(64);
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

type ChainedFields = {
  districtCode: string;
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  jurisdictionCode: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  sourceAddress: string | null;
  details: unknown;
};

/** JSON with sorted keys, so the same row always hashes the same after a trip through jsonb. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

export function chainHash(prevHash: string, row: ChainedFields): string {
  return sm3Hex(
    prevHash +
      canonicalJson([
        row.districtCode, row.seq, row.at.toISOString(), row.actorUserId, row.actorUsername,
        row.actorRole, row.jurisdictionCode, row.action, row.targetType, row.targetId, row.outcome,
        row.sourceAddress, row.details ?? null,
      ]),
  );
}

/**
 * Appends one audit row. Call it with the transaction of the change it records, so both land or
 * neither does, and last in that transaction: the chain head's row lock serialises writers of one
 * district until the transaction commits, so the less happens after it is taken, the more writers a
 * district serves per second. Once locked, a single statement appends the row and moves the head.
 */
export async function recordAudit(db: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const districtCode = actor.jurisdictionCode ? districtCodeOf(actor.jurisdictionCode) : noDistrict;
  if (isTransaction(db)) return appendToChain(db, districtCode, actor, entry);
  await db.transaction((tx) => appendToChain(tx, districtCode, actor, entry));
}

const isTransaction = (db: Db): boolean => db instanceof PgTransaction;

async function appendToChain(tx: Db, districtCode: string, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const head = await lockChainHead(tx, districtCode);
  const row: ChainedFields = {
    districtCode,
    seq: head.seq + 1,
    at: new Date(),
    actorUserId: actor.userId ?? null,
    actorUsername: actor.username ?? null,
    actorRole: actor.role ?? null,
    jurisdictionCode: actor.jurisdictionCode,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    outcome: entry.outcome ?? 'success',
    sourceAddress: actor.sourceAddress ?? null,
    details: entry.details ?? null,
  };
  const hash = chainHash(head.hash, row);
  await tx.execute(sql`
    WITH appended AS (
      INSERT INTO ${auditLog} (district_code, seq, created_at, actor_user_id, actor_username, actor_role, jurisdiction_code,
        action, target_type, target_id, outcome, source_address, details, prev_hash, hash)
      VALUES (${districtCode}, ${row.seq}, ${row.at}, ${row.actorUserId}, ${row.actorUsername}, ${row.actorRole}, ${row.jurisdictionCode},
        ${row.action}, ${row.targetType}, ${row.targetId}, ${row.outcome}, ${row.sourceAddress},
        ${row.details === null ? null : JSON.stringify(row.details)}::jsonb, ${head.hash}, ${hash})
    )
    UPDATE ${auditChainHeads} SET seq = ${row.seq}, hash = ${hash}, updated_at = ${row.at}
    WHERE district_code = ${districtCode}`);
}

/** The district's chain head, row-locked; a district's first row starts its chain from the genesis hash. */
async function lockChainHead(tx: Db, districtCode: string): Promise<{ seq: number; hash: string }> {
  const lockHead = () => tx
    .select({ seq: auditChainHeads.seq, hash: auditChainHeads.hash })
    .from(auditChainHeads)
    .where(eq(auditChainHeads.districtCode, districtCode))
    .for('update');
  const [head] = await lockHead();
  if (head) return head;
  await tx.insert(auditChainHeads).values({ districtCode, seq: 0, hash: genesisHash }).onConflictDoNothing();
  const [created] = await lockHead();
  return created;
}

export type ChainVerification = {
  ok: boolean;
  checkedRows: number;
  districts: number;
  firstBroken?: { districtCode: string; seq: number; reason: 'hash_mismatch' | 'link_mismatch' | 'gap' | 'head_mismatch' };
};

const batchSize = 2000;

/**
 * Walks every district's chain in order and names the first row whose link or hash does not hold.
 * `districtPrefixes` limits it to the chains a caller may see (they check `audit.read` first).
 */
export function verifyAuditChain(db: Db, districtPrefixes?: string[]): Promise<ChainVerification> {
  return withoutScope('chain verification reads whole chains', () => verifyChains(db, districtPrefixes));
}

async function verifyChains(db: Db, districtPrefixes?: string[]): Promise<ChainVerification> {
  const heads = await db
    .select()
    .from(auditChainHeads)
    .where(
      districtPrefixes
        ? or(...districtPrefixes.map((p) => like(auditChainHeads.districtCode, `${p}%`)))
        : undefined,
    )
    .orderBy(asc(auditChainHeads.districtCode));
  let checkedRows = 0;
  for (const head of heads) {
    let prevHash = genesisHash;
    let expectedSeq = 1;
    for (;;) {
      const rows = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.districtCode, head.districtCode), gt(auditLog.seq, expectedSeq - 1)))
        .orderBy(asc(auditLog.seq))
        .limit(batchSize);
      for (const row of rows) {
        checkedRows++;
        const broken = (reason: NonNullable<ChainVerification['firstBroken']>['reason'], seq = row.seq) => ({
          ok: false, checkedRows, districts: heads.length, firstBroken: { districtCode: row.districtCode, seq, reason },
        });
        // A gap names the missing row's number.
        if (row.seq !== expectedSeq) return broken('gap', expectedSeq);
        if (row.prevHash !== prevHash) return broken('link_mismatch');
        if (chainHash(prevHash, { ...row, details: row.details }) !== row.hash) return broken('hash_mismatch');
        prevHash = row.hash;
        expectedSeq++;
      }
      if (rows.length < batchSize) break;
    }
    if (head.seq !== expectedSeq - 1 || head.hash !== prevHash) {
      return {
        ok: false, checkedRows, districts: heads.length,
        firstBroken: { districtCode: head.districtCode, seq: expectedSeq, reason: 'head_mismatch' },
      };
    }
  }
  return { ok: true, checkedRows, districts: heads.length };
}
