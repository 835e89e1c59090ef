import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { expectState, findGradeEvaluation } from './find-grade-evaluation';
import { insertGradeObjection } from './insert-grade-objection';
import { getGradeEvaluation } from './get-grade-evaluation';
import type { gradeObjectionBodySchema } from './grading.schemas';

/** The bureau records an objection it received another way (a letter, a call) while the grade is on notice. */
export async function recordGradeObjection({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof gradeObjectionBodySchema> }) {
  await authorize(ctx, 'grade.manage');
  const { evaluation } = await findGradeEvaluation(ctx, id);
  expectState(evaluation, 'notice');
  await ctx.db.transaction(async (tx) => {
    const objection = await insertGradeObjection(tx, ctx, evaluation, input, 'bureau');
    await recordAudit(tx, auditActor(ctx), {
      action: 'grade.objection', targetType: 'grade_evaluation', targetId: evaluation.id, details: { objectionId: objection.id, source: 'bureau' },
    });
  });
  return getGradeEvaluation({ ctx, id });
}
