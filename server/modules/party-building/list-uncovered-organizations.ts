import { and, asc, count, ilike, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { partyBuilding } from './party-building.tables';
import { partyFacts } from './party-facts';
import type { uncoveredQuerySchema } from './party-building.schemas';

/**
 * Active organizations of a node without organizational coverage (no own or joint branch), so the
 * street knows where branches are missing and where to send instructors; `status` narrows to those
 * with an instructor or with nothing at all.
 */
export async function listUncoveredOrganizations({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof uncoveredQuerySchema> }) {
  await authorize(ctx, 'partyBuilding.coverage');
  const code = input.jurisdictionCode ?? ctx.actor.jurisdictionCode;
  if (input.jurisdictionCode) await authorize(ctx, 'partyBuilding.coverage', { jurisdictionCode: code });
  const facts = partyFacts(ctx, { jurisdictionCode: code }, input.includeGuided);
  const where = and(
    facts.counted,
    inArray(facts.status, input.status ? [input.status] : ['instructor', 'none']),
    input.q ? ilike(organizations.name, containsPattern(input.q)) : undefined,
  );
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({
      id: organizations.id, name: organizations.name, orgClass: organizations.orgClass,
      jurisdictionCode: organizations.jurisdictionCode, streetCode: organizations.streetCode,
      memberCount: organizations.memberCount, leaderPartyMember: organizations.leaderPartyMember,
      status: facts.status, partyMembers: facts.partyMembers,
      instructorName: partyBuilding.instructorName, instructorAssignedOn: partyBuilding.instructorAssignedOn,
    }).from(organizations).leftJoin(partyBuilding, facts.joinParty).leftJoin(facts.rosterParty, facts.joinRoster)
      .where(where).orderBy(asc(organizations.jurisdictionCode), sql`${facts.status} desc`, asc(organizations.name)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(organizations).leftJoin(partyBuilding, facts.joinParty).where(where),
  ]);
  const names = await jurisdictionNames(ctx.db, rows.flatMap((r) => [r.jurisdictionCode, r.streetCode]));
  return {
    items: rows.map(({ streetCode, ...r }) => ({
      ...r, placeName: names.get(r.jurisdictionCode) ?? null, streetName: names.get(streetCode) ?? null,
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
