import type { satisfactionResults } from './satisfaction.tables';

type Result = typeof satisfactionResults.$inferSelect;

/** One organization's result in a round. */
export function presentResult(r: Result, organization: { name: string; placeName: string | null }) {
  return {
    roundId: r.roundId, organizationId: r.organizationId, organizationName: organization.name, placeName: organization.placeName,
    score: r.score, rank: r.rank, rating: r.rating, byKind: r.byKind, byItem: r.byItem, evaluatorCount: r.evaluatorCount,
    exitReview: r.exitReview, closedAt: r.closedAt.toISOString(),
  };
}
