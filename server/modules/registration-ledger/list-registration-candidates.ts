import { and, count, desc, eq, ilike, inArray, max, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { registrationCandidates, registrationVisits } from './registration-ledger.tables';
import { presentCandidate } from './candidate-presenter';
import type { listRegistrationCandidatesQuerySchema } from './registration-ledger.schemas';

/** 拟登记台账: entries in the actor's subtree, newest first, filtered by status, kind, place and name. */
export async function listRegistrationCandidates({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listRegistrationCandidatesQuerySchema> }) {
  await authorize(ctx, 'registrationLedger.read');
  if (input.jurisdictionCode) await authorize(ctx, 'registrationLedger.read', { jurisdictionCode: input.jurisdictionCode });
  const filters: (SQL | undefined)[] = [inScope(ctx.actor, registrationCandidates)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, registrationCandidates));
  if (input.status) filters.push(eq(registrationCandidates.status, input.status));
  if (input.kind === 'candidate') filters.push(eq(registrationCandidates.isCandidate, true));
  if (input.kind === 'demonstration') filters.push(eq(registrationCandidates.isDemonstration, true));
  if (input.q) filters.push(ilike(organizations.name, containsPattern(input.q)));
  const where = and(...filters);
  const join = and(
    eq(organizations.districtCode, registrationCandidates.districtCode), eq(organizations.id, registrationCandidates.organizationId),
    inScope(ctx.actor, organizations),
  );
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ candidate: registrationCandidates, organization: organizations }).from(registrationCandidates).innerJoin(organizations, join)
      .where(where).orderBy(desc(registrationCandidates.createdAt), desc(registrationCandidates.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(registrationCandidates).innerJoin(organizations, join).where(where),
  ]);
  const ids = rows.map((r) => r.candidate.id);
  const [visits, names] = await Promise.all([
    ids.length
      ? ctx.db.select({ candidateId: registrationVisits.candidateId, n: count(), last: max(registrationVisits.visitedOn) }).from(registrationVisits)
        .where(and(inArray(registrationVisits.candidateId, ids), inScope(ctx.actor, registrationVisits))).groupBy(registrationVisits.candidateId)
      : Promise.resolve([]),
    jurisdictionNames(ctx.db, rows.flatMap((r) => [r.organization.jurisdictionCode, r.organization.streetCode])),
  ]);
  return {
    items: rows.map(({ candidate, organization }) => {
      const v = visits.find((x) => x.candidateId === candidate.id);
      return presentCandidate(candidate, organization, {
        placeName: names.get(organization.jurisdictionCode) ?? null, streetName: names.get(organization.streetCode) ?? null,
        visitCount: v?.n ?? 0, lastVisitOn: v?.last ?? null,
      });
    }),
    total, page: input.page, pageSize: input.pageSize,
  };
}
