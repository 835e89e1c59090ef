import { and, desc, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { registrationVisits } from './registration-ledger.tables';
import { findCandidateInScope } from './find-candidate';
import { presentCandidate, presentVisit } from './candidate-presenter';

/** One ledger entry with its guidance visits, newest first. */
export async function getRegistrationCandidate({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'registrationLedger.read');
  const { candidate, organization } = await findCandidateInScope(ctx, id);
  const [visits, names] = await Promise.all([
    ctx.db.select().from(registrationVisits).where(and(
      eq(registrationVisits.districtCode, candidate.districtCode), eq(registrationVisits.candidateId, candidate.id), inScope(ctx.actor, registrationVisits),
    )).orderBy(desc(registrationVisits.visitedOn), desc(registrationVisits.createdAt)),
    jurisdictionNames(ctx.db, [organization.jurisdictionCode, organization.streetCode]),
  ]);
  return {
    ...presentCandidate(candidate, organization, {
      placeName: names.get(organization.jurisdictionCode) ?? null, streetName: names.get(organization.streetCode) ?? null,
      visitCount: visits.length, lastVisitOn: visits[0]?.visitedOn ?? null,
    }),
    visits: visits.map(presentVisit),
  };
}
