import { and, eq, sql } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScopeSlots, scopedRead } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { actsForOrganization } from '../filings/organization-case';

/**
 * The organization whose archive is asked for, inside the actor's subtree; an organization's leader
 * reaches its own organization's archive only (the one they belong to or founded). Anything else does not exist (404).
 */
export async function findArchiveOrganization(ctx: ActorCtx, id: string) {
  const [organization] = await organizationInScope(ctx.db, ctx.actor, { id });
  if (!organization || !actsForOrganization(ctx, organization)) {
    throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Organization' : '组织' });
  }
  return organization;
}

const organizationInScope = scopedRead('archive_organization', (db, shape) => db.select().from(organizations)
  .where(and(eq(organizations.id, sql.placeholder('id')), inScopeSlots(shape, organizations))));
