/** What the console reads from /api/satisfaction-rounds (see /api/openapi.json). */
export const evaluatorKinds = ['committee_member', 'resident_rep', 'local_unit'] as const;
export type EvaluatorKind = (typeof evaluatorKinds)[number];
export type Rating = 'satisfied' | 'basically_satisfied' | 'unsatisfied';
export type RoundState = 'open' | 'closed';

export type Round = {
  id: string; title: string; jurisdictionCode: string; placeName: string | null; items: { key: string; label: string }[];
  scale: 'three_level' | 'five_point'; weights: Record<EvaluatorKind, number>; opensOn: string; closesOn: string; state: RoundState;
  closedAt: string | null; createdAt: string; organizationCount: number; evaluatorCount: number; submittedCount: number; mine: boolean;
};

export type Evaluator = { id: string; kind: EvaluatorKind; name: string; affiliation: string | null; submittedAt: string | null };
export type IssuedLink = Evaluator & { url: string; qrSvg: string };

export type RoundDetail = Round & {
  organizations: { id: string; name: string; orgClass: string; placeName: string | null }[];
  evaluators: Evaluator[];
};

export type Result = {
  roundId: string; organizationId: string; organizationName: string; placeName: string | null; score: number; rank: number; rating: Rating;
  byKind: Partial<Record<EvaluatorKind, number>>; byItem: Record<string, number>; evaluatorCount: number; exitReview: boolean; closedAt: string;
};

export const ratingColors: Record<Rating, string> = { satisfied: 'green', basically_satisfied: 'gold', unsatisfied: 'red' };
export const roundsKey = '/api/satisfaction-rounds';
