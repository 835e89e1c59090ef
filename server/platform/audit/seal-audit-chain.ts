import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { rowsOf, type Db } from '../db/database';
import { withoutScope } from '../db/scope-guard';
import { auditChainHeads, auditLog } from './audit.tables';
import { chainHash, genesisHash } from './chain-hash';

const batchSize = 2000;

/**
 * Links pending audit rows into their districts' chains: per district, under the chain head's row
 * lock, the pending rows in id order get seq, prev_hash and hash (`chainHash`), and the head moves,
 * one transaction per batch. A district another sealer holds is skipped (SKIP LOCKED), never waited
 * for. A pending row whose transaction has not committed yet is invisible here and is sealed on a
 * later run, after rows with higher ids: the chain's order is the order rows were sealed in, not the
 * order they were inserted in, and the chain vouches for what was sealed, so that is sound.
 * `districtPrefixes` limits it to some districts. Returns how many rows it sealed.
 */
export function sealAuditChains(db: Db, options: { districtPrefixes?: string[] } = {}): Promise<number> {
  return withoutScope('sealing links whole chains', async () => {
    let sealed = 0;
    for (const districtCode of await pendingDistricts(db, options.districtPrefixes)) {
      for (;;) {
        const batch = await sealBatch(db, districtCode);
        sealed += batch.sealed;
        if (batch.skipped || batch.sealed < batchSize) break;
      }
    }
    return sealed;
  });
}

/** Rows of the districts whose codes start with one of the prefixes; every district when none are given. */
export const inDistricts = (column: PgColumn, districtPrefixes?: string[]): SQL =>
  sql`${column} LIKE ANY (${sql.param((districtPrefixes ?? ['']).map((prefix) => `${prefix}%`))}::text[])`;

/** The districts with pending rows, each given a chain head (from the genesis hash) if it had none. */
async function pendingDistricts(db: Db, districtPrefixes?: string[]): Promise<string[]> {
  const rows = rowsOf<{ district_code: string }>(await db.execute(sql`
    WITH pending AS (
      SELECT DISTINCT district_code FROM ${auditLog}
      WHERE seq IS NULL AND ${inDistricts(auditLog.districtCode, districtPrefixes)}
    ), heads AS (
      INSERT INTO ${auditChainHeads} (district_code, seq, hash) SELECT district_code, 0, ${genesisHash} FROM pending
      ON CONFLICT (district_code) DO NOTHING
    )
    SELECT district_code FROM pending ORDER BY district_code`));
  return rows.map((r) => r.district_code);
}

async function sealBatch(db: Db, districtCode: string): Promise<{ sealed: number; skipped: boolean }> {
  return db.transaction(async (tx) => {
    const [head] = await tx
      .select({ seq: auditChainHeads.seq, hash: auditChainHeads.hash })
      .from(auditChainHeads)
      .where(eq(auditChainHeads.districtCode, districtCode))
      .for('update', { skipLocked: true });
    if (!head) return { sealed: 0, skipped: true };
    const pending = await tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.districtCode, districtCode), isNull(auditLog.seq)))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    if (!pending.length) return { sealed: 0, skipped: false };
    let { seq, hash } = head;
    const ids: number[] = [];
    const seqs: number[] = [];
    const prevHashes: string[] = [];
    const hashes: string[] = [];
    for (const row of pending) {
      seq++;
      const next = chainHash(hash, { ...row, seq });
      ids.push(row.id);
      seqs.push(seq);
      prevHashes.push(hash);
      hashes.push(next);
      hash = next;
    }
    await tx.execute(sql`
      WITH sealed AS (
        UPDATE ${auditLog} l SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
        FROM unnest(${sql.param(ids)}::bigint[], ${sql.param(seqs)}::bigint[], ${sql.param(prevHashes)}::varchar[], ${sql.param(hashes)}::varchar[])
          AS v(id, seq, prev_hash, hash)
        WHERE l.district_code = ${districtCode} AND l.id = v.id
      )
      UPDATE ${auditChainHeads} SET seq = ${seq}, hash = ${hash}, updated_at = now() WHERE district_code = ${districtCode}`);
    return { sealed: pending.length, skipped: false };
  });
}
