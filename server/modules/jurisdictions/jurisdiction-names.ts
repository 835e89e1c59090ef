import { sql } from 'drizzle-orm';
import { preparedRead } from '../../platform/db/prepared-read';
import { levelOfCode } from '../../platform/policy/roles';
import type { Db } from '../../platform/db/database';
import { jurisdictions } from './jurisdictions.tables';

/** Names for a set of codes, for presenters that show where a record sits. */
export async function jurisdictionNames(db: Db, codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes.filter(Boolean))];
  if (!unique.length) return new Map();
  const rows = await namesOfCodes(db, { codes: unique });
  return new Map(rows.map((r) => [r.code, r.name]));
}

// Most lists and pages name their places: one statement (the codes as one array), built once.
const namesOfCodes = preparedRead('jurisdiction_names', (db) => db
  .select({ code: jurisdictions.code, name: jurisdictions.name })
  .from(jurisdictions)
  .where(sql`${jurisdictions.code} = any(${sql.placeholder('codes')}::text[])`));

/** 凤城街道 → 凤城街道办事处, 石角镇 → 石角镇人民政府: the office that reviews, stamps and signs for a street. */
export function streetOfficeName(streetName: string): string {
  return /[镇乡]$/.test(streetName) ? `${streetName}人民政府` : `${streetName}办事处`;
}

/** The authority that decides at a node, as printed on papers: 高基里社区居民委员会, 凤城街道办事处, 清城区民政局, 广东省民政厅. */
export async function authorityName(db: Db, code: string): Promise<string> {
  const name = (await jurisdictionNames(db, [code])).get(code) ?? '';
  const level = levelOfCode(code);
  if (level === 'community') return `${name}${name.endsWith('村') ? '村' : '居'}民委员会`;
  if (level === 'street') return streetOfficeName(name);
  return `${name}${level === 'province' ? '民政厅' : '民政局'}`;
}
