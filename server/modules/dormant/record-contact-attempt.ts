import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { shanghaiDate } from '../../platform/dates';
import { ValidationError } from '../../platform/errors';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { findOrganizationInReach } from '../organizations/find-organization';
import { contactAttempts } from './dormant.tables';
import { listContactAttempts } from './list-contact-attempts';
import type { recordContactAttemptBodySchema } from './dormant.schemas';

/** Staff record trying to reach an organization at its registered contact; failed ones count toward "unreachable". */
export async function recordContactAttempt({ ctx, organizationId, input }: {
  ctx: ActorCtx; organizationId: string; input: z.infer<typeof recordContactAttemptBodySchema>;
}) {
  await authorize(ctx, 'contactAttempt.record');
  const organization = await findOrganizationInReach(ctx, organizationId);
  if (input.attemptedOn > shanghaiDate(new Date())) throw new ValidationError('validation', {}, [{ path: 'attemptedOn', key: 'dateInFuture' }]);
  await ctx.db.transaction(async (tx) => {
    const [attempt] = await tx.insert(contactAttempts).values({
      districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode,
      attemptedOn: input.attemptedOn, channel: input.channel, reached: input.reached, note: input.note || null, recordedBy: ctx.actor.userId,
    }).returning({ id: contactAttempts.id });
    await recordOrganizationEvent(tx, {
      organization, kind: 'dormant.contactAttempt', subjectId: attempt.id, actorId: ctx.actor.userId,
      details: { channel: input.channel, reached: input.reached, on: input.attemptedOn },
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'contact_attempt.record', targetType: 'organization', targetId: organization.id,
      details: { attemptId: attempt.id, channel: input.channel, reached: input.reached, attemptedOn: input.attemptedOn },
    });
  });
  return listContactAttempts({ ctx, organizationId });
}
