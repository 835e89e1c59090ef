import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { actsForOrganization } from '../filings/organization-case';

/**
 * The organization whose archive is asked for, inside the actor's subtree; an organization's leader
 * reaches its own organization's archive only (the one they belong to or founded). Anything else does not exist (404).
 */
export async function findArchiveOrganization(ctx: ActorCtx, id: string) {
  const [organization] = await ctx.db.select().from(organizations).where(and(eq(organizations.id, id), inScope(ctx.actor, organizations)));
  if (!organization || !actsForOrganization(ctx, organization)) {
    throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Organization' : '组织' });
  }
  return organization;
}
