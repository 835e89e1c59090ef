import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors';
import { organizations } from '../organizations/organizations.tables';
import { registrationCandidates } from './registration-ledger.tables';
import { getRegistrationCandidate } from './get-registration-candidate';
import type { addRegistrationCandidateBodySchema } from './registration-ledger.schemas';

/**
 * The bureau lists a filed, active organization of its district (seed 001: 规模较大、影响力强、作用明显)
 * as a registration candidate, a demonstration point, or both, with the reason.
 */
export async function addRegistrationCandidate({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof addRegistrationCandidateBodySchema> }) {
  await authorize(ctx, 'registrationLedger.manage');
  if (!input.isCandidate && !input.isDemonstration) {
    throw new ValidationError('validation', {}, [{ path: 'isCandidate', key: 'registrationCandidateKindRequired' }]);
  }
  const [organization] = await ctx.db.select().from(organizations).where(and(eq(organizations.id, input.organizationId), inScope(ctx.actor, organizations)));
  if (!organization) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Organization' : '组织' });
  if (organization.orgClass !== 'filed' || organization.status !== 'active') {
    throw new ValidationError('validation', {}, [{ path: 'organizationId', key: 'registrationCandidateNotFiled' }]);
  }
  const id = await ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(registrationCandidates).values({
      districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode,
      isCandidate: input.isCandidate, isDemonstration: input.isDemonstration, reason: input.reason, listedBy: ctx.actor.userId,
    }).onConflictDoNothing().returning({ id: registrationCandidates.id });
    // One entry per organization (unique index): a second listing inserts nothing.
    if (!created) throw new ConflictError('registrationCandidateExists', {}, [{ path: 'organizationId', key: 'registrationCandidateExists' }]);
    await recordAudit(tx, auditActor(ctx), {
      action: 'registrationCandidate.add', targetType: 'registration_candidate', targetId: created.id,
      details: { organizationId: organization.id, name: organization.name, isCandidate: input.isCandidate, isDemonstration: input.isDemonstration },
    });
    return created.id;
  });
  return getRegistrationCandidate({ ctx, id });
}
