import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inScope } from '../../platform/policy/policy';
import { gradeScores } from './grading.tables';
import type { GradeEvaluation, PanelMember } from './find-grade-evaluation';

const round2 = (n: number) => Math.round(n * 100) / 100;

export type PanelResult = {
  /** Each expert's manual points in total, and by indicator. */
  experts: { reviewerId: string; excluded: boolean; submitted: boolean; manualTotal: number; byIndicator: Record<string, number> }[];
  /** Experts on the panel, not excluded, who have not yet scored. */
  pending: number;
  counted: number;
  /** The average over the counted experts, by indicator and in total. */
  averageByIndicator: Record<string, number>;
  manualAverage: number;
  computedTotal: number;
  total: number;
};

/**
 * The panel's result: the computed indicators plus the average of the manual scores of the experts
 * who declared no conflict and scored. An excluded expert's scores, if any, do not count.
 */
export async function panelResult(db: Db, ctx: ActorCtx, evaluation: GradeEvaluation, panel: PanelMember[]): Promise<PanelResult> {
  const rows = await db.select({ reviewerId: gradeScores.reviewerId, indicatorKey: gradeScores.indicatorKey, points: gradeScores.points }).from(gradeScores)
    .where(and(eq(gradeScores.districtCode, evaluation.districtCode), eq(gradeScores.evaluationId, evaluation.id), inScope(ctx.actor, gradeScores)));
  const experts = panel.map((member) => {
    const byIndicator = Object.fromEntries(rows.filter((r) => r.reviewerId === member.reviewerId).map((r) => [r.indicatorKey, r.points]));
    return {
      reviewerId: member.reviewerId, excluded: member.conflictDeclared, submitted: member.submittedAt !== null,
      manualTotal: round2(Object.values(byIndicator).reduce((s, p) => s + p, 0)), byIndicator,
    };
  });
  const counted = experts.filter((e) => !e.excluded && e.submitted);
  const averageByIndicator: Record<string, number> = {};
  for (const expert of counted) {
    for (const [key, points] of Object.entries(expert.byIndicator)) averageByIndicator[key] = (averageByIndicator[key] ?? 0) + points / counted.length;
  }
  for (const key of Object.keys(averageByIndicator)) averageByIndicator[key] = round2(averageByIndicator[key]);
  const manualAverage = counted.length ? round2(counted.reduce((s, e) => s + e.manualTotal, 0) / counted.length) : 0;
  const computedTotal = round2(Object.values(evaluation.computed ?? {}).reduce((s, c) => s + c.points, 0));
  return {
    experts, pending: experts.filter((e) => !e.excluded && !e.submitted).length, counted: counted.length,
    averageByIndicator, manualAverage, computedTotal, total: round2(computedTotal + manualAverage),
  };
}
