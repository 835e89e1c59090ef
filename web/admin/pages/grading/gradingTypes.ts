/** What the console reads from /api/grade-evaluations and /api/evaluation-index (see /api/openapi.json). */
export type Grade = '5A' | '4A' | '3A' | '2A' | '1A' | 'none';
export type GradeState = 'applied' | 'scoring' | 'proposed' | 'notice' | 'confirmed' | 'rejected';
export const gradeStates: GradeState[] = ['applied', 'scoring', 'proposed', 'notice', 'confirmed', 'rejected'];
export const gradeList: Grade[] = ['5A', '4A', '3A', '2A', '1A', 'none'];
export const stateColors: Record<GradeState, string> = {
  applied: 'default', scoring: 'processing', proposed: 'gold', notice: 'orange', confirmed: 'green', rejected: 'red',
};

export const metricKeys = ['annualReports', 'satisfaction', 'creditStatus', 'partyOrganization', 'leaderPartyMember', 'workReports'] as const;
export type MetricKey = (typeof metricKeys)[number];

export type IndexNode = {
  key: string; name: string; points: number;
  rule?: { kind: 'manual' } | { kind: 'metric'; metric: MetricKey };
  children?: IndexNode[];
};

export type GradeEvaluationItem = {
  id: string; organizationId: string; organizationName: string; place: string | null; origin: 'applied' | 'enrolled'; state: GradeState;
  totalScore: number | null; proposedGrade: Grade | null; noticeEndsOn: string | null; grade: Grade | null; confirmedAt: string | null;
  validUntil: string | null; certificateNumber: string | null; plaqueIssuedOn: string | null; decisionNote: string | null; createdAt: string;
};

export type GradeEvaluationDetail = GradeEvaluationItem & {
  index: { version: number; totalPoints: number; tree: IndexNode[]; jurisdictionCode: string | null };
  computed: Record<string, { value: number; points: number }> | null;
  computedFrozen: boolean;
  panel: { reviewerId: string; name: string | null; conflictDeclared: boolean; submitted: boolean; conflictNote: string | null; manualTotal: number | null }[];
  result: { computedTotal: number; manualAverage: number; total: number; counted: number; pending: number; averageByIndicator: Record<string, number> } | null;
  mySeat: { conflictDeclared: boolean; conflictNote: string | null; submitted: boolean; scores: { indicatorKey: string; points: number; comment: string | null }[] } | null;
  objections: { id: string; source: 'public' | 'bureau'; content: string; createdOn: string; contact: string | null }[];
};

export type EvaluationIndex = {
  place: string; placeName: string | null;
  inForce: { id: string | null; jurisdictionCode: string | null; placeName: string | null; isDefault: boolean; version: number; totalPoints: number; tree: IndexNode[] };
  versions: { version: number; totalPoints: number; savedBy: string | null; savedAt: string }[];
};

/** The scored indicators (leaves), in order. */
export function leavesOf(tree: IndexNode[]): IndexNode[] {
  return tree.flatMap((node) => (node.children?.length ? leavesOf(node.children) : [node]));
}
