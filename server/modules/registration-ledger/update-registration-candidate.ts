import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { registrationCandidates } from './registration-ledger.tables';
import { findCandidateInScope } from './find-candidate';
import { getRegistrationCandidate } from './get-registration-candidate';
import type { updateRegistrationCandidateBodySchema } from './registration-ledger.schemas';

/** Changes how an entry is listed (candidate, demonstration point) or its reason, while it is tracked. */
export async function updateRegistrationCandidate({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof updateRegistrationCandidateBodySchema> }) {
  await authorize(ctx, 'registrationLedger.manage');
  const { candidate } = await findCandidateInScope(ctx, id);
  if ((input.isCandidate ?? candidate.isCandidate) === false && (input.isDemonstration ?? candidate.isDemonstration) === false) {
    throw new ValidationError('validation', {}, [{ path: 'isCandidate', key: 'registrationCandidateKindRequired' }]);
  }
  await ctx.db.transaction(async (tx) => {
    const updated = await tx.update(registrationCandidates).set({ ...input, updatedAt: new Date() }).where(and(
      eq(registrationCandidates.districtCode, candidate.districtCode), eq(registrationCandidates.id, candidate.id),
      eq(registrationCandidates.status, 'tracking'), inScope(ctx.actor, registrationCandidates),
    )).returning({ id: registrationCandidates.id });
    if (!updated.length) throw new ConflictError('registrationCandidateClosed');
    await recordAudit(tx, auditActor(ctx), { action: 'registrationCandidate.update', targetType: 'registration_candidate', targetId: candidate.id, details: { changed: Object.keys(input) } });
  });
  return getRegistrationCandidate({ ctx, id });
}
