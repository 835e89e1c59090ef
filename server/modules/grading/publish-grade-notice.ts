import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { addDays, shanghaiDate } from '../../platform/dates';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { expectState, findGradeEvaluation } from './find-grade-evaluation';
import { moveEvaluation } from './move-evaluation';
import { getGradeEvaluation } from './get-grade-evaluation';

/** The proposed grade goes on public notice (公示) for `grade.noticeDays`; anyone may object meanwhile. */
export async function publishGradeNotice({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'grade.manage');
  const { evaluation, organization } = await findGradeEvaluation(ctx, id);
  expectState(evaluation, 'proposed');
  const noticeEndsOn = addDays(shanghaiDate(new Date()), await ctx.services.settings.get('grade.noticeDays'));
  await ctx.db.transaction(async (tx) => {
    await moveEvaluation(tx, ctx, evaluation, ['proposed'], { state: 'notice', noticeEndsOn });
    await recordAudit(tx, auditActor(ctx), {
      action: 'grade.notice', targetType: 'grade_evaluation', targetId: evaluation.id,
      details: { organizationId: organization.id, proposedGrade: evaluation.proposedGrade, noticeEndsOn },
    });
    await recordOrganizationEvent(tx, {
      organization, kind: 'grading.noticed', subjectId: evaluation.id, details: { grade: evaluation.proposedGrade, endsOn: noticeEndsOn }, actorId: ctx.actor.userId,
    });
  });
  return getGradeEvaluation({ ctx, id });
}
