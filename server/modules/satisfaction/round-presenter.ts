import type { satisfactionEvaluators } from './satisfaction.tables';
import type { SatisfactionRound } from './find-round';

type Evaluator = typeof satisfactionEvaluators.$inferSelect;

/** A round as lists and the detail show it; `mine` says whether the reader's node runs it. */
export function presentRound(
  round: SatisfactionRound,
  extra: { placeName: string | null; organizationCount: number; evaluatorCount: number; submittedCount: number; mine: boolean },
) {
  return {
    id: round.id, title: round.title, jurisdictionCode: round.jurisdictionCode, placeName: extra.placeName, items: round.items,
    scale: round.scale, weights: round.weights, opensOn: round.opensOn, closesOn: round.closesOn, state: round.state,
    closedAt: round.closedAt?.toISOString() ?? null, createdAt: round.createdAt.toISOString(),
    organizationCount: extra.organizationCount, evaluatorCount: extra.evaluatorCount, submittedCount: extra.submittedCount, mine: extra.mine,
  };
}

/** An evaluator without the token hash: who they are and whether they have submitted. */
export function presentEvaluator(e: Evaluator) {
  return { id: e.id, kind: e.kind, name: e.name, affiliation: e.affiliation, submittedAt: e.submittedAt?.toISOString() ?? null, createdAt: e.createdAt.toISOString() };
}
