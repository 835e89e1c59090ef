import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { preparedRead } from '../../platform/db/prepared-read';
import { jurisdictions } from './jurisdictions.tables';

/** The code length one level down: province → city → district → street → community (a community is its own child). */
export const childCodeLength: Record<number, number> = { 2: 4, 4: 6, 6: 9, 9: 12, 12: 12 };

/**
 * The child node's code of `column` under a node whose code is `codeLength` long, with a literal
 * length, so a select list and its GROUP BY are the same expression.
 */
export const childCodeSql = (column: unknown, codeLength: number) => sql<string>`left(${column}, ${sql.raw(String(childCodeLength[codeLength]))})`;

export type JurisdictionNode = {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
  areaType: 'urban' | 'rural' | 'unknown' | null;
  households: number | null;
  population: number | null;
  hasChildren: boolean;
};

const nodeColumns = {
  code: jurisdictions.code,
  name: jurisdictions.name,
  level: jurisdictions.level,
  parentCode: jurisdictions.parentCode,
  areaType: sql<JurisdictionNode['areaType']>`${jurisdictions.areaType}`,
  households: jurisdictions.households,
  population: jurisdictions.population,
  // Spelled out: inside a select list Drizzle drops the table prefix, which would bind to the alias.
  hasChildren: sql<boolean>`("jurisdictions"."level" < 5 and exists (select 1 from "jurisdictions" as c where c.parent_code = "jurisdictions"."code"))`,
};

export function selectNodes(db: Db, where: SQL | undefined, options: { limit?: number; offset?: number } = {}) {
  const query = db.select(nodeColumns).from(jurisdictions).where(where).orderBy(asc(jurisdictions.code));
  return options.limit === undefined ? query : query.limit(options.limit).offset(options.offset ?? 0);
}

// Read on most requests that take a node (dashboards, lists, the tree): built once.
const nodeByCode = preparedRead('jurisdiction_node', (db) => selectNodes(db, eq(jurisdictions.code, sql.placeholder('code'))));
const nodesUnder = preparedRead('jurisdiction_children', (db) => selectNodes(db, eq(jurisdictions.parentCode, sql.placeholder('code'))));

export async function findNode(db: Db, code: string): Promise<JurisdictionNode | undefined> {
  const [node] = await nodeByCode(db, { code });
  return node;
}

/** The nodes one level down, by code. */
export function childNodes(db: Db, code: string): Promise<JurisdictionNode[]> {
  return nodesUnder(db, { code });
}

/** The codes above a node, root first: 441802006001 → 44, 4418, 441802, 441802006. */
export function ancestorCodes(code: string): string[] {
  return [2, 4, 6, 9].filter((n) => n < code.length).map((n) => code.slice(0, n));
}
