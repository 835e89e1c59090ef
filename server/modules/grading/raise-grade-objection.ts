import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context';
import { ConflictError } from '../../platform/errors';
import { shanghaiDate } from '../../platform/dates';
import { recordAudit } from '../../platform/audit/audit';
import { notifyRoleAt } from '../notifications/notify';
import { gradeEvaluations } from './grading.tables';
import { onGradeNotice } from './public-grades';
import { insertGradeObjection } from './insert-grade-objection';
import type { gradeObjectionBodySchema } from './grading.schemas';

/** Anyone objects to a grade on notice from the portal's notice page, within the window. */
export async function raiseGradeObjection({ ctx, id, input }: { ctx: Ctx; id: string; input: z.infer<typeof gradeObjectionBodySchema> }) {
  const [evaluation] = await ctx.db.select().from(gradeEvaluations).where(and(eq(gradeEvaluations.id, id), onGradeNotice(shanghaiDate(new Date()))));
  if (!evaluation) throw new ConflictError('gradeNoticeClosed');
  return ctx.db.transaction(async (tx) => {
    const objection = await insertGradeObjection(tx, ctx, evaluation, input, 'public');
    await notifyRoleAt(tx, 'bureau', evaluation.districtCode, { title: '等级评估公示收到异议', body: input.reason.slice(0, 200), link: `/admin/grade-evaluations/${evaluation.id}` });
    await recordAudit(tx, { username: 'public', role: 'public', jurisdictionCode: evaluation.jurisdictionCode, sourceAddress: ctx.sourceAddress }, {
      action: 'grade.objection', targetType: 'grade_evaluation', targetId: evaluation.id, details: { objectionId: objection.id },
    });
    return { id: objection.id };
  });
}
