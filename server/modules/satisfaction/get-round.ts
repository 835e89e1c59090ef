import { and, asc, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { evaluatorKinds, satisfactionEvaluators, satisfactionRoundOrganizations } from './satisfaction.tables';
import { findRoundInScope } from './find-round';
import { roundFigures } from './round-figures';
import { presentEvaluator, presentRound } from './round-presenter';

/** A round with its organizations and evaluators (never their tokens). */
export async function getRound({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'satisfaction.read');
  const round = await findRoundInScope(ctx, id);
  const [members, evaluators, figures] = await Promise.all([
    ctx.db.select({ id: organizations.id, name: organizations.name, orgClass: organizations.orgClass, jurisdictionCode: organizations.jurisdictionCode })
      .from(satisfactionRoundOrganizations)
      .innerJoin(organizations, and(
        eq(organizations.districtCode, satisfactionRoundOrganizations.districtCode), eq(organizations.id, satisfactionRoundOrganizations.organizationId),
        inScope(ctx.actor, organizations),
      ))
      .where(and(eq(satisfactionRoundOrganizations.districtCode, round.districtCode), eq(satisfactionRoundOrganizations.roundId, round.id), inScope(ctx.actor, satisfactionRoundOrganizations)))
      .orderBy(asc(organizations.name)),
    ctx.db.select().from(satisfactionEvaluators)
      .where(and(eq(satisfactionEvaluators.districtCode, round.districtCode), eq(satisfactionEvaluators.roundId, round.id), inScope(ctx.actor, satisfactionEvaluators)))
      .orderBy(asc(satisfactionEvaluators.createdAt), asc(satisfactionEvaluators.id)),
    roundFigures(ctx.db, ctx.actor, [round.id]),
  ]);
  const names = await jurisdictionNames(ctx.db, [round.jurisdictionCode, ...members.map((m) => m.jurisdictionCode)]);
  return {
    ...presentRound(round, { placeName: names.get(round.jurisdictionCode) ?? null, ...figures.get(round.id)!, mine: round.jurisdictionCode === ctx.actor.jurisdictionCode }),
    organizations: members.map((m) => ({ ...m, placeName: names.get(m.jurisdictionCode) ?? null })),
    // By kind (两委成员, 居民代表, 辖区单位), then in the order they were named.
    evaluators: evaluators.sort((a, b) => evaluatorKinds.indexOf(a.kind) - evaluatorKinds.indexOf(b.kind)).map(presentEvaluator),
  };
}
