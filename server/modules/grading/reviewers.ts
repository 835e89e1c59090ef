import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { ancestorCodes } from '../jurisdictions/jurisdiction-queries';
import { users } from '../users/users.tables';

/**
 * Expert reviewers who may sit on a panel for a place: active `reviewer` accounts at the place, above
 * it (a city's experts serve its districts) or below it. Their node may lie outside the bureau's
 * subtree, so the accounts are read platform-wide, limited to those.
 */
export function reviewersFor(db: Db, place: string, ids?: string[]) {
  return db.select({ id: users.id, districtCode: users.districtCode, displayName: users.displayName, jurisdictionCode: users.jurisdictionCode })
    .from(users).where(and(
      eq(users.role, 'reviewer'), eq(users.status, 'active'), inScope(systemScope, users),
      or(inArray(users.jurisdictionCode, [...ancestorCodes(place), place]), sql`${users.jurisdictionCode} like ${`${place}%`}`),
      ids ? inArray(users.id, ids) : undefined,
    )).orderBy(users.jurisdictionCode, users.displayName);
}
