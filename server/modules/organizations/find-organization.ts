import { and, eq, sql } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScopeSlots, scopedRead } from '../../platform/policy/policy';
import { actsForOrganization } from '../filings/organization-case';
import { organizations } from './organizations.tables';

export type Organization = typeof organizations.$inferSelect;

/**
 * An organization the actor may act on: inside their subtree and, for a leader (`org`), their own.
 * Anything else is a 404, so a leader cannot learn that another organization exists.
 */
export async function findOrganizationInReach(ctx: ActorCtx, id: string): Promise<Organization> {
  const [organization] = await organizationInScope(ctx.db, ctx.actor, { id });
  if (!organization || !actsForOrganization(ctx, organization)) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Organization' : '组织' });
  return organization;
}

// Every page and action on one organization starts here: built once.
const organizationInScope = scopedRead('organization_in_scope', (db, shape) => db.select().from(organizations)
  .where(and(eq(organizations.id, sql.placeholder('id')), inScopeSlots(shape, organizations))));
