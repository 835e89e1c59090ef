import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { dormantProposals } from './dormant.tables';

/** A proposal in the actor's subtree with its organization; anything else is a 404. */
export async function findProposalInReach(ctx: ActorCtx, id: string) {
  const [row] = await ctx.db.select({ proposal: dormantProposals, organization: organizations }).from(dormantProposals)
    .innerJoin(organizations, and(
      eq(organizations.districtCode, dormantProposals.districtCode), eq(organizations.id, dormantProposals.organizationId), inScope(ctx.actor, organizations),
    ))
    .where(and(eq(dormantProposals.id, id), inScope(ctx.actor, dormantProposals)));
  if (!row) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Proposal' : '清理建议' });
  return row;
}
