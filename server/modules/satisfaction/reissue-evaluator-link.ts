import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { ConflictError, NotFoundError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { satisfactionEvaluators } from './satisfaction.tables';
import { findOpenRoundOfOpener } from './find-round';
import { evaluatorLink, newEvaluatorToken } from './evaluator-link';
import { presentEvaluator } from './round-presenter';

/** A new link for an evaluator who lost theirs (or whose link leaked); the old link stops working. */
export async function reissueEvaluatorLink({ ctx, id, evaluatorId }: { ctx: ActorCtx; id: string; evaluatorId: string }) {
  await authorize(ctx, 'satisfaction.manage');
  const round = await findOpenRoundOfOpener(ctx, id);
  const where = and(
    eq(satisfactionEvaluators.districtCode, round.districtCode), eq(satisfactionEvaluators.roundId, round.id),
    eq(satisfactionEvaluators.id, evaluatorId), inScope(ctx.actor, satisfactionEvaluators),
  );
  const [evaluator] = await ctx.db.select().from(satisfactionEvaluators).where(where);
  if (!evaluator) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Evaluator' : '测评人' });
  if (evaluator.submittedAt) throw new ConflictError('satisfactionAlreadySubmitted');
  const { token, tokenHash } = newEvaluatorToken();
  const [updated] = await ctx.db.transaction(async (tx) => {
    const rows = await tx.update(satisfactionEvaluators).set({ tokenHash }).where(where).returning();
    await recordAudit(tx, auditActor(ctx), { action: 'satisfaction.reissueLink', targetType: 'satisfaction_evaluator', targetId: evaluator.id, details: { roundId: round.id } });
    return rows;
  });
  return { ...presentEvaluator(updated), ...(await evaluatorLink(ctx.services, round.districtCode, token)) };
}
