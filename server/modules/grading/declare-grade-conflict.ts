import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { gradePanelMembers } from './grading.tables';
import { expectState, findGradeEvaluation, panelSeat } from './find-grade-evaluation';
import { getGradeEvaluation } from './get-grade-evaluation';
import type { declareConflictBodySchema } from './grading.schemas';

/**
 * An expert declares a conflict of interest (利益冲突回避): they are excluded from the panel, may no
 * longer score, and scores they already gave do not count in the average.
 */
export async function declareGradeConflict({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof declareConflictBodySchema> }) {
  await authorize(ctx, 'grade.score');
  const { evaluation, organization } = await findGradeEvaluation(ctx, id);
  expectState(evaluation, 'scoring');
  const seat = await panelSeat(ctx, evaluation);
  await ctx.db.transaction(async (tx) => {
    await tx.update(gradePanelMembers).set({ conflictDeclared: true, conflictNote: input.note }).where(and(
      eq(gradePanelMembers.districtCode, seat.districtCode), eq(gradePanelMembers.evaluationId, seat.evaluationId), eq(gradePanelMembers.reviewerId, seat.reviewerId),
      inScope(ctx.actor, gradePanelMembers),
    ));
    await recordAudit(tx, auditActor(ctx), {
      action: 'grade.declareConflict', targetType: 'grade_evaluation', targetId: evaluation.id, details: { organizationId: organization.id, note: input.note },
    });
  });
  return getGradeEvaluation({ ctx, id });
}
