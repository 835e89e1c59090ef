import { and, eq, inArray } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { ConflictError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { gradeEvaluations, type GradeEvaluationState } from './grading.tables';
import type { GradeEvaluation } from './find-grade-evaluation';

/**
 * Moves an evaluation on from one of the given states, inside the caller's transaction. Guarded by
 * the state, so of two clerks acting at once only the first moves it; the second gets a 409.
 */
export async function moveEvaluation(
  tx: Db, ctx: ActorCtx, evaluation: GradeEvaluation, from: GradeEvaluationState[],
  set: Partial<typeof gradeEvaluations.$inferInsert> & { state: GradeEvaluationState },
): Promise<GradeEvaluation> {
  const [moved] = await tx.update(gradeEvaluations).set({ ...set, updatedAt: new Date() }).where(and(
    eq(gradeEvaluations.districtCode, evaluation.districtCode), eq(gradeEvaluations.id, evaluation.id),
    inArray(gradeEvaluations.state, from), inScope(ctx.actor, gradeEvaluations),
  )).returning();
  if (!moved) throw new ConflictError('gradeWrongState');
  return moved;
}
