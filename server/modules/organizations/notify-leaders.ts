import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { notify } from '../notifications/notify';
import { users } from '../users/users.tables';
import type { Organization } from './find-organization';

/**
 * Notifies the accounts that speak for an organization: leaders whose account belongs to it and the
 * founder who filed it (the same people `actsForOrganization` lets act). Inside the caller's transaction.
 */
export async function notifyOrganizationLeaders(tx: Db, organization: Pick<Organization, 'districtCode' | 'id' | 'createdBy'>, message: { title: string; body?: string; link?: string }) {
  const leaders = await tx.select({ districtCode: users.districtCode, id: users.id }).from(users).where(and(
    eq(users.districtCode, organization.districtCode), eq(users.role, 'org'), eq(users.status, 'active'),
    or(eq(users.organizationId, organization.id), eq(users.id, organization.createdBy)), inScope(systemScope, users),
  ));
  for (const leader of leaders) await notify(tx, leader, message);
}
