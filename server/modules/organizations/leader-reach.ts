import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { leaderOwnOrganizations } from '../filings/organization-case';
import { notify } from '../notifications/notify';
import { users } from '../users/users.tables';
import { organizations } from './organizations.tables';

type OrganizationRecords = { jurisdictionCode: PgColumn; districtCode: PgColumn; organizationId: PgColumn };

/**
 * Which rows of a table of an organization's records (its reports) an actor sees: those in their
 * subtree, and for a leader (`org`) only those of the organizations they act for.
 */
export async function organizationRecordsScope(ctx: ActorCtx, table: OrganizationRecords): Promise<SQL> {
  const scoped = inScope(ctx.actor, table);
  const own = leaderOwnOrganizations(ctx);
  if (!own) return scoped;
  const ids = await ctx.db.select({ id: organizations.id }).from(organizations).where(and(inScope(ctx.actor, organizations), own));
  return and(scoped, ids.length ? inArray(table.organizationId, ids.map((o) => o.id)) : sql`false`)!;
}

/**
 * Notifies the leaders who act for an organization: the `org` account that founded it and every
 * active `org` account linked to it (an organization the bureau recorded has no founding leader).
 * Platform work, so the system scope.
 */
export async function notifyOrganizationLeaders(
  tx: Db,
  organization: { districtCode: string; id: string; createdBy: string },
  message: { title: string; body?: string; link?: string },
): Promise<number> {
  const recipients = await tx.select({ districtCode: users.districtCode, id: users.id }).from(users).where(and(
    eq(users.role, 'org'), eq(users.status, 'active'), inScope(systemScope, users),
    or(eq(users.id, organization.createdBy), and(eq(users.districtCode, organization.districtCode), eq(users.organizationId, organization.id))),
  ));
  for (const recipient of recipients) await notify(tx, recipient, message);
  return recipients.length;
}
