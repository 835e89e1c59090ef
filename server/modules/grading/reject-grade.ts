import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { expectState, findGradeEvaluation } from './find-grade-evaluation';
import { moveEvaluation } from './move-evaluation';
import { getGradeEvaluation } from './get-grade-evaluation';
import type { rejectGradeBodySchema } from './grading.schemas';

/** The bureau does not confirm the proposed grade (an objection upheld, a fact found wrong), with the reason. */
export async function rejectGrade({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof rejectGradeBodySchema> }) {
  await authorize(ctx, 'grade.manage');
  const { evaluation, organization } = await findGradeEvaluation(ctx, id);
  expectState(evaluation, 'proposed', 'notice');
  await ctx.db.transaction(async (tx) => {
    await moveEvaluation(tx, ctx, evaluation, ['proposed', 'notice'], { state: 'rejected', decisionNote: input.reason });
    await recordAudit(tx, auditActor(ctx), {
      action: 'grade.reject', targetType: 'grade_evaluation', targetId: evaluation.id, details: { organizationId: organization.id, reason: input.reason },
    });
    await recordOrganizationEvent(tx, {
      organization, kind: 'grading.rejected', subjectId: evaluation.id, details: { grade: evaluation.proposedGrade }, actorId: ctx.actor.userId,
    });
  });
  return getGradeEvaluation({ ctx, id });
}
