import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError, type FieldError } from '../../platform/errors';
import { gradePanelMembers, gradeScores } from './grading.tables';
import { expectState, findGradeEvaluation, panelSeat } from './find-grade-evaluation';
import { findIndexVersion } from './index-in-force';
import { manualLeaves } from './index-tree';
import { getGradeEvaluation } from './get-grade-evaluation';
import type { submitGradeScoresBodySchema } from './grading.schemas';

/**
 * An expert declares no conflict of interest and scores every manual indicator, each up to its
 * points. Sending again while the panel scores replaces the expert's earlier scores.
 */
export async function submitGradeScores({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof submitGradeScoresBodySchema> }) {
  await authorize(ctx, 'grade.score');
  const { evaluation, organization } = await findGradeEvaluation(ctx, id);
  expectState(evaluation, 'scoring');
  const seat = await panelSeat(ctx, evaluation);
  if (seat.conflictDeclared) throw new ConflictError('gradeConflictExcluded');
  const leaves = manualLeaves((await findIndexVersion(ctx.db, evaluation.indexId))!.tree);
  const errors: FieldError[] = [];
  input.scores.forEach((score, i) => {
    const leaf = leaves.find((l) => l.key === score.indicatorKey);
    if (!leaf) errors.push({ path: `scores.${i}.indicatorKey`, key: 'gradeIndicatorUnknown' });
    else if (score.points > leaf.points) errors.push({ path: `scores.${i}.points`, key: 'gradeScoreTooHigh', params: { name: leaf.name, max: leaf.points } });
    if (input.scores.findIndex((s) => s.indicatorKey === score.indicatorKey) !== i) errors.push({ path: `scores.${i}.indicatorKey`, key: 'gradeIndicatorRepeated' });
  });
  const missing = leaves.filter((leaf) => !input.scores.some((s) => s.indicatorKey === leaf.key));
  if (missing.length) errors.push({ path: 'scores', key: 'gradeScoresIncomplete', params: { names: missing.map((l) => l.name).join('、') } });
  if (errors.length) throw new ValidationError('validation', {}, errors);
  const seatWhere = and(eq(gradeScores.districtCode, seat.districtCode), eq(gradeScores.evaluationId, seat.evaluationId), eq(gradeScores.reviewerId, seat.reviewerId), inScope(ctx.actor, gradeScores));
  await ctx.db.transaction(async (tx) => {
    await tx.delete(gradeScores).where(seatWhere);
    await tx.insert(gradeScores).values(input.scores.map((s) => ({
      districtCode: seat.districtCode, evaluationId: seat.evaluationId, reviewerId: seat.reviewerId, jurisdictionCode: seat.jurisdictionCode,
      indicatorKey: s.indicatorKey, points: s.points, comment: s.comment || null,
    })));
    await tx.update(gradePanelMembers).set({ submittedAt: new Date() }).where(and(
      eq(gradePanelMembers.districtCode, seat.districtCode), eq(gradePanelMembers.evaluationId, seat.evaluationId), eq(gradePanelMembers.reviewerId, seat.reviewerId),
      inScope(ctx.actor, gradePanelMembers),
    ));
    await recordAudit(tx, auditActor(ctx), {
      action: 'grade.score', targetType: 'grade_evaluation', targetId: evaluation.id,
      details: { organizationId: organization.id, noConflict: true, total: input.scores.reduce((sum, s) => sum + s.points, 0) },
    });
  });
  return getGradeEvaluation({ ctx, id });
}
