import { describe, expect, it } from 'vitest';
import { normalizeScore, ratingFor, scoreRound, type ScoreInput } from './satisfaction-score';

const items = [{ key: 'service', label: '服务成效' }, { key: 'overall', label: '总体评价' }];
const weights = { committee_member: 40, resident_rep: 40, local_unit: 20 };
const bands = { satisfied: 80, basicallySatisfied: 60 };
const kinds = { e1: 'committee_member', e2: 'resident_rep', e3: 'local_unit' } as const;

/** `org: evaluator: [service, overall]` → score rows. */
function scores(table: Record<string, Partial<Record<keyof typeof kinds, [number, number]>>>): ScoreInput[] {
  return Object.entries(table).flatMap(([organizationId, byEvaluator]) => Object.entries(byEvaluator).flatMap(([evaluatorId, [service, overall]]) => [
    { evaluatorId, kind: kinds[evaluatorId as keyof typeof kinds], organizationId, itemKey: 'service', score: service },
    { evaluatorId, kind: kinds[evaluatorId as keyof typeof kinds], organizationId, itemKey: 'overall', score: overall },
  ]));
}

describe('satisfaction scoring', () => {
  it('puts both scales on 0–100', () => {
    expect([3, 2, 1].map((s) => normalizeScore('three_level', s))).toEqual([100, 60, 0]);
    expect([1, 2, 3, 4, 5].map((s) => normalizeScore('five_point', s))).toEqual([0, 25, 50, 75, 100]);
  });

  it('weights the per-kind averages, renormalizes over the kinds that scored, and shares ranks on ties', () => {
    const results = scoreRound({
      scale: 'three_level', items, weights, bands,
      scores: scores({
        // 40% × 100 + 40% × 60 + 20% × 50 = 74
        a: { e1: [3, 3], e2: [2, 2], e3: [1, 3] },
        // 40% × 60 + 40% × 100 + 20% × 50 = 74
        b: { e1: [2, 2], e2: [3, 3], e3: [3, 1] },
        // no local unit: 50% × 0 + 50% × 30 = 15
        c: { e1: [1, 1], e2: [1, 2] },
      }),
    });
    expect(results.map((r) => [r.organizationId, r.score, r.rank, r.rating])).toEqual([
      ['a', 74, 1, 'basically_satisfied'], ['b', 74, 1, 'basically_satisfied'], ['c', 15, 3, 'unsatisfied'],
    ]);
    const a = results[0];
    expect(a.byKind).toEqual({ committee_member: 100, resident_rep: 60, local_unit: 50 });
    // service: 40% × 100 + 40% × 60 + 20% × 0 = 64; overall: 40% × 100 + 40% × 60 + 20% × 100 = 84
    expect(a.byItem).toEqual({ service: 64, overall: 84 });
    expect(a.evaluatorCount).toBe(3);
    expect(results[2].evaluatorCount).toBe(2);
  });

  it('counts kinds equally when the kinds that scored all weigh nothing', () => {
    const [only] = scoreRound({ scale: 'five_point', items, weights: { committee_member: 50, resident_rep: 50, local_unit: 0 }, bands, scores: scores({ a: { e3: [5, 4] } }) });
    expect(only.score).toBe(87.5);
    expect(only.rating).toBe('satisfied');
  });

  it('rates by the bands, a bound belonging to the higher band', () => {
    expect([80, 79.99, 60, 59.99].map((s) => ratingFor(s, bands))).toEqual(['satisfied', 'basically_satisfied', 'basically_satisfied', 'unsatisfied']);
  });
});
