import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context';
import { shanghaiDate } from '../../platform/dates';
import { ConflictError, ValidationError, type FieldError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { satisfactionEvaluators, satisfactionRoundOrganizations, satisfactionRounds, satisfactionScores } from './satisfaction.tables';
import { findBallot } from './find-ballot';
import { scaleRange } from './satisfaction-score';
import type { ballotParamsSchema, submitBallotBodySchema } from './satisfaction.schemas';

/**
 * An evaluator submits their scores once: every organization of the round on every item, within the
 * round's dates while it is open. The evaluator row is claimed (`submitted_at` set where still empty)
 * in the same transaction, so two taps of the button never count twice.
 */
export async function submitBallot({ ctx, link, input }: { ctx: Ctx; link: z.infer<typeof ballotParamsSchema>; input: z.infer<typeof submitBallotBodySchema> }) {
  const { evaluator, round } = await findBallot(ctx.db, link);
  if (evaluator.submittedAt) throw new ConflictError('satisfactionAlreadySubmitted');
  if (round.state !== 'open') throw new ConflictError('satisfactionRoundClosed');
  const today = shanghaiDate(new Date());
  if (today < round.opensOn || today > round.closesOn) throw new ConflictError('satisfactionOutsideDates', { opensOn: round.opensOn, closesOn: round.closesOn });

  const members = await ctx.db.select({ organizationId: satisfactionRoundOrganizations.organizationId, jurisdictionCode: satisfactionRoundOrganizations.jurisdictionCode })
    .from(satisfactionRoundOrganizations)
    .where(and(eq(satisfactionRoundOrganizations.districtCode, round.districtCode), eq(satisfactionRoundOrganizations.roundId, round.id), inScope(systemScope, satisfactionRoundOrganizations)));
  const placeOf = new Map(members.map((m) => [m.organizationId, m.jurisdictionCode]));
  const itemKeys = new Set(round.items.map((i) => i.key));
  const { min, max } = scaleRange(round.scale);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.scores.forEach((s, i) => {
    const pair = `${s.organizationId}.${s.itemKey}`;
    if (!placeOf.has(s.organizationId)) errors.push({ path: `scores.${i}.organizationId`, key: 'satisfactionUnknownOrganization' });
    else if (!itemKeys.has(s.itemKey)) errors.push({ path: `scores.${i}.itemKey`, key: 'satisfactionUnknownItem' });
    else if (s.score < min || s.score > max) errors.push({ path: `scores.${i}.score`, key: 'satisfactionScoreOutOfScale' });
    else if (seen.has(pair)) errors.push({ path: `scores.${i}`, key: 'satisfactionDuplicateScore' });
    seen.add(pair);
  });
  if (errors.length) throw new ValidationError('validation', {}, errors);
  const missing = members.flatMap((m) => round.items.filter((item) => !seen.has(`${m.organizationId}.${item.key}`))
    .map((item): FieldError => ({ path: `scores.${m.organizationId}.${item.key}`, key: 'satisfactionScoreMissing' })));
  if (missing.length) throw new ValidationError('satisfactionIncomplete', { count: missing.length }, missing);

  const auditor = { username: 'public', role: 'public', jurisdictionCode: round.jurisdictionCode, sourceAddress: ctx.sourceAddress };
  await ctx.db.transaction(async (tx) => {
    // Closing takes the round's row for update: a ballot lands wholly before the results or is refused.
    const [current] = await tx.select({ state: satisfactionRounds.state }).from(satisfactionRounds)
      .where(and(eq(satisfactionRounds.districtCode, round.districtCode), eq(satisfactionRounds.id, round.id), inScope(systemScope, satisfactionRounds))).for('share');
    if (current.state !== 'open') throw new ConflictError('satisfactionRoundClosed');
    const claimed = await tx.update(satisfactionEvaluators).set({ submittedAt: new Date() }).where(and(
      eq(satisfactionEvaluators.districtCode, evaluator.districtCode), eq(satisfactionEvaluators.id, evaluator.id),
      isNull(satisfactionEvaluators.submittedAt), inScope(systemScope, satisfactionEvaluators),
    )).returning({ id: satisfactionEvaluators.id });
    if (!claimed.length) throw new ConflictError('satisfactionAlreadySubmitted');
    await tx.insert(satisfactionScores).values(input.scores.map((s) => ({
      districtCode: round.districtCode, roundId: round.id, evaluatorId: evaluator.id, organizationId: s.organizationId,
      jurisdictionCode: placeOf.get(s.organizationId)!, itemKey: s.itemKey, score: s.score,
    })));
    await recordAudit(tx, auditor, {
      action: 'satisfaction.submit', targetType: 'satisfaction_evaluator', targetId: evaluator.id, details: { roundId: round.id, kind: evaluator.kind, scores: input.scores.length },
    });
  });
  return { submitted: true, roundTitle: round.title };
}
