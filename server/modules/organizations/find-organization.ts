import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { actsForOrganization } from '../filings/organization-case';
import { organizations } from './organizations.tables';

export type Organization = typeof organizations.$inferSelect;

/**
 * An organization the actor may act on: inside their subtree and, for a leader (`org`), their own.
 * Anything else is a 404, so a leader cannot learn that another organization exists.
 */
export async function findOrganizationInReach(ctx: ActorCtx, id: string): Promise<Organization> {
  const [organization] = await ctx.db.select().from(organizations).where(and(eq(organizations.id, id), inScope(ctx.actor, organizations)));
  if (!organization || !actsForOrganization(ctx, organization)) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Organization' : '组织' });
  return organization;
}
