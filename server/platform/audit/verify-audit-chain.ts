import { and, asc, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { withoutScope } from '../db/scope-guard';
import { auditChainHeads, auditLog } from './audit.tables';
import { chainHash, genesisHash } from './chain-hash';
import { inDistricts, sealAuditChains } from './seal-audit-chain';

export type ChainVerification = {
  ok: boolean;
  checkedRows: number;
  districts: number;
  /** Rows not sealed yet (appended while the check ran); the check does not cover them. */
  pending: number;
  firstBroken?: { districtCode: string; seq: number; reason: 'hash_mismatch' | 'link_mismatch' | 'gap' | 'head_mismatch' };
};

const batchSize = 2000;

/**
 * Seals what is pending, then walks every district's chain in order, in one snapshot, and names the
 * first row whose link or hash does not hold. Rows still pending (appended after sealing began) are
 * counted, not checked. `districtPrefixes` limits it to the chains a caller may see (they check
 * `audit.read` first).
 */
export async function verifyAuditChain(db: Db, districtPrefixes?: string[]): Promise<ChainVerification> {
  await sealAuditChains(db, { districtPrefixes });
  return withoutScope('chain verification reads whole chains', () => db.transaction(async (tx) => {
    await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
    return verifyChains(tx, districtPrefixes);
  }));
}

async function verifyChains(db: Db, districtPrefixes?: string[]): Promise<ChainVerification> {
  const heads = await db
    .select()
    .from(auditChainHeads)
    .where(inDistricts(auditChainHeads.districtCode, districtPrefixes))
    .orderBy(asc(auditChainHeads.districtCode));
  const [{ pending }] = await db
    .select({ pending: count() })
    .from(auditLog)
    .where(and(isNull(auditLog.seq), inDistricts(auditLog.districtCode, districtPrefixes)));
  let checkedRows = 0;
  const answer = (firstBroken?: ChainVerification['firstBroken']): ChainVerification => ({
    ok: !firstBroken, checkedRows, districts: heads.length, pending, ...(firstBroken && { firstBroken }),
  });
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
        const broken = (reason: NonNullable<ChainVerification['firstBroken']>['reason'], seq = row.seq!) =>
          answer({ districtCode: row.districtCode, seq, reason });
        // A gap names the missing row's number.
        if (row.seq !== expectedSeq) return broken('gap', expectedSeq);
        if (row.prevHash !== prevHash) return broken('link_mismatch');
        const hash = chainHash(prevHash, { ...row, seq: expectedSeq });
        if (hash !== row.hash) return broken('hash_mismatch');
        prevHash = hash;
        expectedSeq++;
      }
      if (rows.length < batchSize) break;
    }
    if (head.seq !== expectedSeq - 1 || head.hash !== prevHash) {
      return answer({ districtCode: head.districtCode, seq: expectedSeq, reason: 'head_mismatch' });
    }
  }
  return answer();
}
