import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError } from '../../platform/errors';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { expectState, findGradeEvaluation, panelOf } from './find-grade-evaluation';
import { findIndexVersion } from './index-in-force';
import { panelResult } from './panel-result';
import { gradeFor } from './grade-bands';
import { moveEvaluation } from './move-evaluation';
import { getGradeEvaluation } from './get-grade-evaluation';

/**
 * The bureau proposes the grade once every expert not excluded has scored: the total (computed
 * indicators plus the panel's average) placed in the bands of `grade.bands`, or none below
 * `grade.passMark`.
 */
export async function proposeGrade({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'grade.manage');
  const { evaluation, organization } = await findGradeEvaluation(ctx, id);
  expectState(evaluation, 'scoring');
  const result = await panelResult(ctx.db, ctx, evaluation, await panelOf(ctx.db, ctx, evaluation));
  if (result.pending > 0 || result.counted === 0) throw new ConflictError('gradeScoresPending', { count: result.pending });
  const index = (await findIndexVersion(ctx.db, evaluation.indexId))!;
  const [bands, passMark] = await Promise.all([ctx.services.settings.get('grade.bands'), ctx.services.settings.get('grade.passMark')]);
  const proposedGrade = gradeFor(result.total, index.totalPoints, bands, passMark);
  await ctx.db.transaction(async (tx) => {
    await moveEvaluation(tx, ctx, evaluation, ['scoring'], { state: 'proposed', totalScore: result.total, proposedGrade });
    await recordAudit(tx, auditActor(ctx), {
      action: 'grade.propose', targetType: 'grade_evaluation', targetId: evaluation.id,
      details: { organizationId: organization.id, total: result.total, computed: result.computedTotal, manualAverage: result.manualAverage, experts: result.counted, proposedGrade },
    });
    await recordOrganizationEvent(tx, {
      organization, kind: 'grading.proposed', subjectId: evaluation.id, details: { grade: proposedGrade, total: result.total }, actorId: ctx.actor.userId,
    });
  });
  return getGradeEvaluation({ ctx, id });
}
