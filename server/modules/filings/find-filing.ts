import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { ConflictError, NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { filings } from './filings.tables';
import { actsForOrganization } from './organization-case';

/** A case and its organization inside the actor's subtree (a leader: their own organization's only), or 404. */
export async function findFilingInScope(ctx: ActorCtx, id: string) {
  const [row] = await ctx.db
    .select({ filing: filings, organization: organizations })
    .from(filings)
    .innerJoin(organizations, and(eq(organizations.districtCode, filings.districtCode), eq(organizations.id, filings.organizationId)))
    .where(and(eq(filings.id, id), inScope(ctx.actor, filings), inScope(ctx.actor, organizations)));
  if (!row || !actsForOrganization(ctx, row.organization)) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Filing' : '备案事项' });
  return row;
}

/** Drafts are edited only while in the founder's hands. */
export function assertDraft(filing: { state: string }): void {
  if (filing.state !== 'draft') throw new ConflictError('filingNotEditable');
}
