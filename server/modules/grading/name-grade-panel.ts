import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ValidationError } from '../../platform/errors';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { notify } from '../notifications/notify';
import { gradePanelMembers } from './grading.tables';
import { moveEvaluation } from './move-evaluation';
import { expectState, findGradeEvaluation } from './find-grade-evaluation';
import { findIndexVersion } from './index-in-force';
import { computeIndicators, metricContextAt } from './metrics';
import { reviewersFor } from './reviewers';
import { getGradeEvaluation } from './get-grade-evaluation';
import type { nameGradePanelBodySchema } from './grading.schemas';

/**
 * The bureau names the expert panel (评审专家组). The computed indicators are frozen now, so every
 * expert scores against the same figures and later data does not move the result.
 */
export async function nameGradePanel({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof nameGradePanelBodySchema> }) {
  await authorize(ctx, 'grade.manage');
  const { evaluation, organization } = await findGradeEvaluation(ctx, id);
  expectState(evaluation, 'applied');
  const reviewers = await reviewersFor(ctx.db, organization.jurisdictionCode, input.reviewerIds);
  if (reviewers.length !== input.reviewerIds.length) {
    throw new ValidationError('validation', {}, [{ path: 'reviewerIds', key: 'gradeReviewerInvalid' }]);
  }
  const index = (await findIndexVersion(ctx.db, evaluation.indexId))!;
  const now = new Date();
  const computed = (await computeIndicators(ctx.db, ctx.actor, [organization], index.tree, await metricContextAt(ctx.services.settings, now))).get(organization.id)!;
  await ctx.db.transaction(async (tx) => {
    await moveEvaluation(tx, ctx, evaluation, ['applied'], { state: 'scoring', computed });
    await tx.insert(gradePanelMembers).values(reviewers.map((r) => ({
      districtCode: evaluation.districtCode, evaluationId: evaluation.id, reviewerId: r.id, jurisdictionCode: evaluation.jurisdictionCode,
    })));
    await recordAudit(tx, auditActor(ctx), {
      action: 'grade.namePanel', targetType: 'grade_evaluation', targetId: evaluation.id,
      details: { organizationId: organization.id, reviewers: reviewers.map((r) => r.displayName), computed },
    });
    await recordOrganizationEvent(tx, {
      organization, kind: 'grading.panelNamed', subjectId: evaluation.id, details: { experts: reviewers.length }, actorId: ctx.actor.userId,
    });
    for (const reviewer of reviewers) {
      await notify(tx, reviewer, { title: `等级评估评分：${organization.name}`, link: `/admin/grade-evaluations/${evaluation.id}` });
    }
  });
  return getGradeEvaluation({ ctx, id });
}
