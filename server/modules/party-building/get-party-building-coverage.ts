import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { NotFoundError } from '../../platform/errors';
import { organizations } from '../organizations/organizations.tables';
import { jurisdictions } from '../jurisdictions/jurisdictions.tables';
import { ancestorCodes, childCodeSql, childNodes, findNode } from '../jurisdictions/jurisdiction-queries';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { partyBuilding } from './party-building.tables';
import { partyFacts } from './party-facts';
import { coverageFigures, noCoverage, sumCounts, type CoverageCounts, type CoverageFigures } from './coverage-figures';
import type { coverageQuerySchema } from './party-building.schemas';

export type CoverageRow = CoverageFigures & {
  code: string; name: string;
  /** The node's own organizations (those that sit at the node itself rather than in a child); every other row opens one level down. */
  self: boolean;
};

/**
 * 两个覆盖 for a node of the actor's subtree, one row per child node (and one for organizations that
 * sit at the node itself), from one statement grouped by the child's code prefix.
 */
export async function getPartyBuildingCoverage({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof coverageQuerySchema> }) {
  await authorize(ctx, 'partyBuilding.coverage');
  const code = input.jurisdictionCode ?? ctx.actor.jurisdictionCode;
  if (input.jurisdictionCode) await authorize(ctx, 'partyBuilding.coverage', { jurisdictionCode: code });
  const node = await findNode(ctx.db, code);
  if (!node) throw new NotFoundError('notFound', { what: code });

  const facts = partyFacts(ctx, { jurisdictionCode: code }, input.includeGuided);
  // The length is one of five integers, written inline so SELECT and GROUP BY are the same expression.
  const place = childCodeSql(organizations.jurisdictionCode, code.length);
  const countWhere = (condition: ReturnType<typeof sql>) => sql<number>`(count(*) filter (where ${condition}))::int`;
  const [grouped, children, names] = await Promise.all([
    ctx.db.select({
      code: place,
      active: sql<number>`count(*)::int`,
      ownBranch: countWhere(sql`${partyBuilding.status} = 'own_branch'`),
      jointBranch: countWhere(sql`${partyBuilding.status} = 'joint_branch'`),
      instructor: countWhere(sql`${partyBuilding.status} = 'instructor'`),
      leaderPartyMembers: countWhere(sql`${organizations.leaderPartyMember}`),
      partyMembers: sql<number>`coalesce(sum(${facts.partyMembers}), 0)::int`,
    }).from(organizations).leftJoin(partyBuilding, facts.joinParty).leftJoin(facts.rosterParty, facts.joinRoster)
      .where(facts.counted).groupBy(place),
    code.length < 12 ? childNodes(ctx.db, code) : Promise.resolve([]),
    jurisdictionNames(ctx.db, [...ancestorCodes(code).filter((c) => c.startsWith(ctx.actor.jurisdictionCode)), code]),
  ]);

  const countsOf = new Map<string, CoverageCounts>(grouped.map(({ code: c, ...counts }) => [c, counts]));
  const selfCounts = countsOf.get(code);
  const items: CoverageRow[] = [
    ...(selfCounts ? [{ code, name: node.name, self: true, ...coverageFigures(selfCounts) }] : []),
    ...children.map((child) => ({
      code: child.code, name: child.name, self: false,
      ...coverageFigures(countsOf.get(child.code) ?? noCoverage),
    })),
  ];
  return {
    node: { code: node.code, name: node.name, level: node.level },
    /** From the actor's own node down to this one, for the breadcrumb. */
    path: [...names].map(([c, name]) => ({ code: c, name })).sort((a, b) => a.code.length - b.code.length),
    includeGuided: input.includeGuided,
    totals: coverageFigures(sumCounts(grouped)),
    items,
  };
}
