import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { jurisdictions } from './jurisdictions.tables';

/** Names for a set of codes, for presenters that show where a record sits. */
export async function jurisdictionNames(db: Db, codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes.filter(Boolean))];
  if (!unique.length) return new Map();
  const rows = await db
    .select({ code: jurisdictions.code, name: jurisdictions.name })
    .from(jurisdictions)
    .where(inArray(jurisdictions.code, unique));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** 凤城街道 → 凤城街道办事处, 石角镇 → 石角镇人民政府: the office that reviews, stamps and signs for a street. */
export function streetOfficeName(streetName: string): string {
  return /[镇乡]$/.test(streetName) ? `${streetName}人民政府` : `${streetName}办事处`;
}
