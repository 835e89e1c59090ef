import { and, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { users } from '../users/users.tables';

/**
 * Display names of staff accounts (inspectors, issuers). A street officer sees the name of the
 * bureau officer they inspect with, so this read is not limited to the reader's subtree; it
 * returns names only.
 */
export async function staffNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(and(inArray(users.id, unique), inScope(systemScope, users)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
