import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { satisfactionEvaluators } from './satisfaction.tables';
import { findOpenRoundOfOpener } from './find-round';
import { evaluatorLink, newEvaluatorToken } from './evaluator-link';
import { presentEvaluator } from './round-presenter';
import type { addSatisfactionEvaluatorsBodySchema } from './satisfaction.schemas';

/**
 * Names evaluators of an open round: 两委成员, 居（村）民代表, 辖区单位. Each gets a personal link,
 * answered here once: only the token's hash is kept, so a lost link is re-issued, never shown again.
 */
export async function addEvaluators({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof addSatisfactionEvaluatorsBodySchema> }) {
  await authorize(ctx, 'satisfaction.manage');
  const round = await findOpenRoundOfOpener(ctx, id);
  const issued = input.evaluators.map((e) => ({ ...e, ...newEvaluatorToken() }));
  const rows = await ctx.db.transaction(async (tx) => {
    const created = await tx.insert(satisfactionEvaluators).values(issued.map((e) => ({
      districtCode: round.districtCode, roundId: round.id, jurisdictionCode: round.jurisdictionCode,
      kind: e.kind, name: e.name, affiliation: e.affiliation || null, tokenHash: e.tokenHash,
    }))).returning();
    await recordAudit(tx, auditActor(ctx), {
      action: 'satisfaction.addEvaluators', targetType: 'satisfaction_round', targetId: round.id,
      details: { evaluators: created.map((e) => ({ id: e.id, kind: e.kind })) },
    });
    return created;
  });
  const items = await Promise.all(rows.map(async (row, i) => ({
    ...presentEvaluator(row), ...(await evaluatorLink(ctx.services, round.districtCode, issued[i].token)),
  })));
  return { items };
}
