import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, type Scope } from '../../platform/policy/policy';
import { charters } from './organizations.tables';

/**
 * The newest charter version of an organization, which is the one in force (a change's proposed
 * charter waits on its case until the change is filed); null when it has none yet.
 */
export async function latestCharterVersion(db: Db, scope: Scope, organization: { districtCode: string; id: string }): Promise<number | null> {
  const [latest] = await db.select({ version: max(charters.version) }).from(charters).where(and(
    eq(charters.districtCode, organization.districtCode), eq(charters.organizationId, organization.id), inScope(scope, charters),
  ));
  return latest?.version ?? null;
}
