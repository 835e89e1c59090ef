import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context';
import { inScope, systemScope } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { satisfactionRoundOrganizations } from './satisfaction.tables';
import { findBallot } from './find-ballot';
import type { ballotParamsSchema } from './satisfaction.schemas';

/** What the evaluator's phone page shows: the round, the organizations to score, and whether they have submitted. */
export async function getBallot({ ctx, link }: { ctx: Ctx; link: z.infer<typeof ballotParamsSchema> }) {
  const { evaluator, round } = await findBallot(ctx.db, link);
  const [members, names] = await Promise.all([
    ctx.db.select({ id: organizations.id, name: organizations.name, jurisdictionCode: organizations.jurisdictionCode }).from(satisfactionRoundOrganizations)
      .innerJoin(organizations, and(
        eq(organizations.districtCode, satisfactionRoundOrganizations.districtCode), eq(organizations.id, satisfactionRoundOrganizations.organizationId),
        inScope(systemScope, organizations),
      ))
      .where(and(eq(satisfactionRoundOrganizations.districtCode, round.districtCode), eq(satisfactionRoundOrganizations.roundId, round.id), inScope(systemScope, satisfactionRoundOrganizations)))
      .orderBy(asc(organizations.name)),
    jurisdictionNames(ctx.db, [round.jurisdictionCode]),
  ]);
  return {
    round: {
      title: round.title, placeName: names.get(round.jurisdictionCode) ?? null, items: round.items, scale: round.scale,
      opensOn: round.opensOn, closesOn: round.closesOn, state: round.state,
    },
    evaluator: { name: evaluator.name, kind: evaluator.kind, affiliation: evaluator.affiliation, submittedAt: evaluator.submittedAt?.toISOString() ?? null },
    organizations: members.map((m) => ({ id: m.id, name: m.name })),
  };
}
