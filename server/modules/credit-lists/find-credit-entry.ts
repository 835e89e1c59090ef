import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { actsForOrganization } from '../filings/organization-case';
import { organizations } from '../organizations/organizations.tables';
import { creditListEntries } from './credit-lists.tables';

/** An entry and its organization in the actor's reach (a leader: their own organization's), or 404. */
export async function findCreditEntryInReach(ctx: ActorCtx, id: string) {
  const [row] = await ctx.db.select({ entry: creditListEntries, organization: organizations }).from(creditListEntries)
    .innerJoin(organizations, and(
      eq(organizations.districtCode, creditListEntries.districtCode), eq(organizations.id, creditListEntries.organizationId), inScope(ctx.actor, organizations),
    ))
    .where(and(eq(creditListEntries.id, id), inScope(ctx.actor, creditListEntries)));
  if (!row || !actsForOrganization(ctx, row.organization)) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Credit-list entry' : '名录记录' });
  return row;
}
