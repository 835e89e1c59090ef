import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { ConflictError, NotFoundError } from '../../platform/errors';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { objections } from './filings.tables';
import { findFilingInScope } from './find-filing';
import { takeFilingAction } from './take-filing-action';
import type { answerObjectionBodySchema } from './objections.schemas';

/**
 * The street answers an objection: dismissed with a reason (the notice runs on), or upheld, which
 * returns the filing for amendment or rejects it, in the same transaction as the answer.
 */
export async function answerObjection({ ctx, filingId, objectionId, input }: {
  ctx: ActorCtx; filingId: string; objectionId: string; input: z.infer<typeof answerObjectionBodySchema>;
}) {
  await authorize(ctx, 'filing.answerObjection');
  const { filing } = await findFilingInScope(ctx, filingId);
  const [objection] = await ctx.db.select().from(objections).where(and(
    eq(objections.districtCode, filing.districtCode), eq(objections.id, objectionId), eq(objections.filingId, filing.id), inScope(ctx.actor, objections),
  ));
  if (!objection) throw new NotFoundError('notFound', { what: objectionId });
  if (objection.status !== 'open') throw new ConflictError('objectionClosed');
  const record = async (tx: Db) => {
    const answered = await tx.update(objections)
      .set({ status: input.decision === 'dismiss' ? 'dismissed' : 'upheld', answer: input.answer, answeredBy: ctx.actor.userId, answeredAt: new Date() })
      .where(and(eq(objections.districtCode, objection.districtCode), eq(objections.id, objection.id), eq(objections.status, 'open'), inScope(ctx.actor, objections)))
      .returning({ id: objections.id });
    if (!answered.length) throw new ConflictError('objectionClosed');
    await recordAudit(tx, auditActor(ctx), { action: `filing.objection.${input.decision}`, targetType: 'filing', targetId: filing.id, details: { objectionId } });
  };
  if (input.decision === 'dismiss') {
    await ctx.db.transaction(record);
    return { status: 'dismissed' as const, state: filing.state };
  }
  const step = await takeFilingAction({
    ctx, id: filing.id, input: { action: input.then, opinion: input.answer, fieldsToFix: input.fieldsToFix },
    alsoWrite: record,
  });
  return { status: 'upheld' as const, state: step.to };
}
