import { sm3Hex } from '../crypto/sm';

/** The previous hash of a district's first row. */
export const genesisHash = '0'.repeat(64);

/** The fields of an audit row its hash covers, as the row is stored. */
export type ChainedFields = {
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

/** SM3(previous hash + canonical row): the link a row holds to every row before it. */
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
