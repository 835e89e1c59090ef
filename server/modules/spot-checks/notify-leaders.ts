import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { notify } from '../notifications/notify';
import { users } from '../users/users.tables';

/** Notifies an organization's leaders: the accounts that belong to it and the one that founded it. */
export async function notifyOrganizationLeaders(
  tx: Db,
  organization: { districtCode: string; id: string; createdBy: string },
  message: { title: string; body?: string; link?: string },
) {
  const leaders = await tx.select({ districtCode: users.districtCode, id: users.id }).from(users).where(and(
    eq(users.districtCode, organization.districtCode), eq(users.role, 'org'), eq(users.status, 'active'),
    or(eq(users.organizationId, organization.id), eq(users.id, organization.createdBy)), inScope(systemScope, users),
  ));
  for (const leader of leaders) await notify(tx, leader, message);
}
