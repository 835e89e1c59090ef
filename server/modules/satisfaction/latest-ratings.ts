import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { satisfactionResults, satisfactionRounds } from './satisfaction.tables';

export type LatestSatisfactionRating = {
  organizationId: string; roundId: string; roundTitle: string; closedAt: Date;
  score: number; rank: number; rating: typeof satisfactionResults.$inferSelect['rating']; exitReview: boolean;
};

/**
 * Each organization's result in its latest closed round, for the work that weighs satisfaction
 * (purchase of services, resource matching, exit; seed 001 第一条). Callers pass organizations they
 * have already reached, so this reads in the system scope. Organizations never rated are absent.
 */
export async function latestSatisfactionRatings(db: Db, organizationIds: string[]): Promise<Map<string, LatestSatisfactionRating>> {
  if (!organizationIds.length) return new Map();
  const rows = await db.selectDistinctOn([satisfactionResults.organizationId], {
    organizationId: satisfactionResults.organizationId, roundId: satisfactionResults.roundId, roundTitle: satisfactionRounds.title,
    closedAt: satisfactionResults.closedAt, score: satisfactionResults.score, rank: satisfactionResults.rank,
    rating: satisfactionResults.rating, exitReview: satisfactionResults.exitReview,
  }).from(satisfactionResults)
    .innerJoin(satisfactionRounds, and(
      eq(satisfactionRounds.districtCode, satisfactionResults.districtCode), eq(satisfactionRounds.id, satisfactionResults.roundId), inScope(systemScope, satisfactionRounds),
    ))
    .where(and(inArray(satisfactionResults.organizationId, [...new Set(organizationIds)]), inScope(systemScope, satisfactionResults)))
    .orderBy(satisfactionResults.organizationId, desc(satisfactionResults.closedAt));
  return new Map(rows.map((r) => [r.organizationId, r]));
}
