import { and, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { users } from './users.tables';

/**
 * Display names of accounts named on rows the reader already reaches (a manager, a reviewer, who
 * acted on a record). Read platform-wide: the account may sit outside the reader's subtree.
 */
export async function userDisplayNames(db: Db, userIds: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(and(inArray(users.id, wanted), inScope(systemScope, users)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
