import type { z } from 'zod';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { encryptField } from '../../platform/crypto/sm';
import { gradeObjections } from './grading.tables';
import type { GradeEvaluation } from './find-grade-evaluation';
import type { gradeObjectionBodySchema } from './grading.schemas';

/** Keeps an objection to a grade on notice; the contact encrypted, for the bureau only. */
export async function insertGradeObjection(
  tx: Db, ctx: Ctx, evaluation: GradeEvaluation, input: z.infer<typeof gradeObjectionBodySchema>, source: 'public' | 'bureau',
) {
  const [objection] = await tx.insert(gradeObjections).values({
    districtCode: evaluation.districtCode, evaluationId: evaluation.id, jurisdictionCode: evaluation.jurisdictionCode, source,
    content: input.reason, contactEnc: input.contact ? encryptField(ctx.services.fieldKeys, input.contact) : null,
    recordedBy: ctx.actor?.userId ?? null,
  }).returning({ id: gradeObjections.id });
  return objection;
}
