import { and, asc, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { userDisplayNames } from '../users/user-names';
import { creditListRequests } from './credit-lists.tables';
import { findCreditEntryInReach } from './find-credit-entry';
import { presentCreditEntry, presentCreditRequest } from './credit-entry-presenter';

/** An entry with its objections and repair applications, oldest first. */
export async function getCreditEntry({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'creditList.read');
  const { entry, organization } = await findCreditEntryInReach(ctx, id);
  const requests = await ctx.db.select().from(creditListRequests).where(and(
    eq(creditListRequests.districtCode, entry.districtCode), eq(creditListRequests.entryId, entry.id), inScope(ctx.actor, creditListRequests),
  )).orderBy(asc(creditListRequests.requestedAt));
  const [names, people] = await Promise.all([
    jurisdictionNames(ctx.db, [organization.jurisdictionCode]),
    userDisplayNames(ctx.db, requests.flatMap((r) => [r.requestedBy, r.decidedBy])),
  ]);
  return {
    ...presentCreditEntry(entry, organization, { placeName: names.get(organization.jurisdictionCode) ?? null, pendingRequest: requests.some((r) => r.state === 'pending') }),
    requests: requests.map((r) => presentCreditRequest(r, people.get(r.requestedBy) ?? null, r.decidedBy ? people.get(r.decidedBy) ?? null : null)),
  };
}
