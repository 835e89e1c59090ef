import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { registrationCandidates } from './registration-ledger.tables';

/** A ledger entry and its organization inside the actor's subtree, or 404. */
export async function findCandidateInScope(ctx: ActorCtx, id: string) {
  const [row] = await ctx.db.select({ candidate: registrationCandidates, organization: organizations })
    .from(registrationCandidates)
    .innerJoin(organizations, and(
      eq(organizations.districtCode, registrationCandidates.districtCode), eq(organizations.id, registrationCandidates.organizationId),
      inScope(ctx.actor, organizations),
    ))
    .where(and(eq(registrationCandidates.id, id), inScope(ctx.actor, registrationCandidates)));
  if (!row) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Registration ledger entry' : '拟登记台账记录' });
  return row;
}
