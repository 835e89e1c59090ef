import type { z } from 'zod';
import { shanghaiDate } from '../../platform/dates';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { registrationVisits } from './registration-ledger.tables';
import { findCandidateInScope } from './find-candidate';
import { presentVisit } from './candidate-presenter';
import type { addRegistrationVisitBodySchema } from './registration-ledger.schemas';

/** Records a guidance visit (指导) to a tracked entry: when, who went, what was advised. */
export async function addRegistrationVisit({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof addRegistrationVisitBodySchema> }) {
  await authorize(ctx, 'registrationLedger.manage');
  const { candidate } = await findCandidateInScope(ctx, id);
  if (input.visitedOn > shanghaiDate(new Date())) throw new ValidationError('validation', {}, [{ path: 'visitedOn', key: 'dateInFuture' }]);
  if (candidate.status !== 'tracking') throw new ConflictError('registrationCandidateClosed');
  return ctx.db.transaction(async (tx) => {
    const [visit] = await tx.insert(registrationVisits).values({
      districtCode: candidate.districtCode, candidateId: candidate.id, jurisdictionCode: candidate.jurisdictionCode,
      visitedOn: input.visitedOn, visitors: input.visitors, content: input.content, createdBy: ctx.actor.userId,
    }).returning();
    await recordAudit(tx, auditActor(ctx), {
      action: 'registrationCandidate.visit', targetType: 'registration_candidate', targetId: candidate.id, details: { visitId: visit.id, visitedOn: visit.visitedOn },
    });
    return presentVisit(visit);
  });
}
