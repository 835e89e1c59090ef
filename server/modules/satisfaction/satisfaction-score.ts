import type { EvaluatorKind, SatisfactionItem, SatisfactionRating, SatisfactionScale } from './satisfaction.tables';

/**
 * The scoring of a round, as a pure function. Every score is first put on 0–100:
 * three_level stores 满意 = 3, 基本满意 = 2, 不满意 = 1 and reads them as 100, 60 and 0 (a "basically
 * satisfied" answer sits on the usual pass mark); five_point reads s as (s − 1) / 4 × 100.
 * An organization's average per evaluator kind is the mean over that kind's evaluators and items;
 * its score is the weighted mean of those averages by the round's weights, renormalized over the
 * kinds that scored it (when those kinds all weigh 0, they count equally). By item, the same
 * weighting applies to each item's per-kind means. Ties share a rank (1, 1, 3).
 */
export type ScoreInput = { evaluatorId: string; kind: EvaluatorKind; organizationId: string; itemKey: string; score: number };

export type Bands = { satisfied: number; basicallySatisfied: number };

export type OrganizationResult = {
  organizationId: string;
  score: number;
  rank: number;
  rating: SatisfactionRating;
  byKind: Partial<Record<EvaluatorKind, number>>;
  byItem: Record<string, number>;
  evaluatorCount: number;
};

const threeLevelPoints: Record<number, number> = { 3: 100, 2: 60, 1: 0 };

export function normalizeScore(scale: SatisfactionScale, score: number): number {
  return scale === 'three_level' ? threeLevelPoints[score] : ((score - 1) / 4) * 100;
}

export function scaleRange(scale: SatisfactionScale): { min: number; max: number } {
  return scale === 'three_level' ? { min: 1, max: 3 } : { min: 1, max: 5 };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function weightedMean(perKind: Map<EvaluatorKind, number[]>, weights: Record<EvaluatorKind, number>): number {
  const kinds = [...perKind.keys()];
  const total = kinds.reduce((sum, kind) => sum + weights[kind], 0);
  const weightOf = (kind: EvaluatorKind) => (total > 0 ? weights[kind] / total : 1 / kinds.length);
  return kinds.reduce((sum, kind) => sum + weightOf(kind) * mean(perKind.get(kind)!), 0);
}

export function ratingFor(score: number, bands: Bands): SatisfactionRating {
  if (score >= bands.satisfied) return 'satisfied';
  if (score >= bands.basicallySatisfied) return 'basically_satisfied';
  return 'unsatisfied';
}

/** Results of the organizations that received scores, best first; an organization nobody scored has none. */
export function scoreRound(input: {
  scale: SatisfactionScale;
  items: SatisfactionItem[];
  weights: Record<EvaluatorKind, number>;
  bands: Bands;
  scores: ScoreInput[];
}): OrganizationResult[] {
  const byOrganization = new Map<string, ScoreInput[]>();
  for (const s of input.scores) byOrganization.set(s.organizationId, [...(byOrganization.get(s.organizationId) ?? []), s]);

  const unranked = [...byOrganization].map(([organizationId, scores]) => {
    const group = (list: ScoreInput[]) => {
      const perKind = new Map<EvaluatorKind, number[]>();
      for (const s of list) perKind.set(s.kind, [...(perKind.get(s.kind) ?? []), normalizeScore(input.scale, s.score)]);
      return perKind;
    };
    const perKind = group(scores);
    const byItem: Record<string, number> = {};
    for (const item of input.items) {
      const ofItem = scores.filter((s) => s.itemKey === item.key);
      if (ofItem.length) byItem[item.key] = round2(weightedMean(group(ofItem), input.weights));
    }
    const score = round2(weightedMean(perKind, input.weights));
    return {
      organizationId, score, rating: ratingFor(score, input.bands), byItem,
      byKind: Object.fromEntries([...perKind].map(([kind, values]) => [kind, round2(mean(values))])),
      evaluatorCount: new Set(scores.map((s) => s.evaluatorId)).size,
    };
  });
  const sorted = unranked.sort((a, b) => b.score - a.score);
  return sorted.map((r) => ({ ...r, rank: 1 + sorted.filter((other) => other.score > r.score).length }));
}
