import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { findOrganizationInReach } from '../organizations/find-organization';
import { satisfactionResults, satisfactionRounds } from './satisfaction.tables';

/**
 * An organization's satisfaction results, latest first (the organization page's card): a leader sees
 * its own organization's, staff any in their subtree.
 */
export async function getOrganizationSatisfaction({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'satisfaction.readOrganization');
  const organization = await findOrganizationInReach(ctx, id);
  const rows = await ctx.db.select({ result: satisfactionResults, title: satisfactionRounds.title, scale: satisfactionRounds.scale }).from(satisfactionResults)
    .innerJoin(satisfactionRounds, and(
      eq(satisfactionRounds.districtCode, satisfactionResults.districtCode), eq(satisfactionRounds.id, satisfactionResults.roundId),
      // The round may sit above the reader (a street's round read by a committee): reached through the organization.
      inScope(systemScope, satisfactionRounds),
    ))
    .where(and(eq(satisfactionResults.districtCode, organization.districtCode), eq(satisfactionResults.organizationId, organization.id), inScope(ctx.actor, satisfactionResults)))
    .orderBy(desc(satisfactionResults.closedAt));
  const roundIds = rows.map((r) => r.result.roundId);
  const sizes = roundIds.length
    ? await ctx.db.select({ roundId: satisfactionResults.roundId, n: count() }).from(satisfactionResults)
      .where(and(eq(satisfactionResults.districtCode, organization.districtCode), inArray(satisfactionResults.roundId, roundIds), inScope(systemScope, satisfactionResults)))
      .groupBy(satisfactionResults.roundId)
    : [];
  const items = rows.map(({ result, title }) => ({
    roundId: result.roundId, roundTitle: title, closedAt: result.closedAt.toISOString(), score: result.score, rank: result.rank,
    rankedCount: sizes.find((s) => s.roundId === result.roundId)?.n ?? 0, rating: result.rating, byKind: result.byKind,
    evaluatorCount: result.evaluatorCount, exitReview: result.exitReview,
  }));
  return { latest: items[0] ?? null, items };
}
