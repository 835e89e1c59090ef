import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ValidationError } from '../../platform/errors';
import { findNode } from '../jurisdictions/jurisdiction-queries';
import { evaluationIndexes } from './grading.tables';
import { indexLeaves, indexTreeErrors, normalizeIndexTree } from './index-tree';
import { nextIndexVersion } from './index-in-force';
import { getEvaluationIndex } from './get-evaluation-index';
import type { saveEvaluationIndexBodySchema } from './grading.schemas';

/**
 * A bureau saves the index for its city or district (or a district below its city) as a new version;
 * evaluations already started keep the version they were started on.
 */
export async function saveEvaluationIndex({ ctx, code, input }: { ctx: ActorCtx; code: string; input: z.infer<typeof saveEvaluationIndexBodySchema> }) {
  await authorize(ctx, 'evaluationIndex.update');
  await authorize(ctx, 'evaluationIndex.update', { jurisdictionCode: code });
  if (![4, 6].includes(code.length) || !(await findNode(ctx.db, code))) {
    throw new ValidationError('validation', {}, [{ path: 'code', key: 'indexPlaceLevel' }]);
  }
  const errors = indexTreeErrors(input.tree, input.totalPoints);
  if (errors.length) throw new ValidationError('validation', {}, errors);
  const tree = normalizeIndexTree(input.tree);
  await ctx.db.transaction(async (tx) => {
    const version = await nextIndexVersion(tx, code);
    const [saved] = await tx.insert(evaluationIndexes).values({
      jurisdictionCode: code, version, totalPoints: input.totalPoints, tree, createdBy: ctx.actor.userId,
    }).returning({ id: evaluationIndexes.id });
    await recordAudit(tx, auditActor(ctx), {
      action: 'evaluationIndex.save', targetType: 'evaluation_index', targetId: saved.id,
      details: { jurisdictionCode: code, version, totalPoints: input.totalPoints, indicators: indexLeaves(tree).length },
    });
  });
  return getEvaluationIndex({ ctx, input: { jurisdictionCode: code } });
}
