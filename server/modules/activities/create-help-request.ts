import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { encryptField } from '../../platform/crypto/sm';
import { districtCodeOf } from '../../platform/db/columns';
import { ValidationError, type FieldError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { helpRequests } from './activities.tables';
import { presentHelpRequests } from './help-request-names';
import { placeErrors, unknownDictionaryCodes } from './request-checks';
import type { createHelpRequestBodySchema } from './activities.schemas';

/** 登记服务需求 (供需对接): a resident's need, recorded by the committee or street office where the resident lives. */
export async function createHelpRequest({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof createHelpRequestBodySchema> }) {
  await authorize(ctx, 'helpRequest.manage', { jurisdictionCode: input.jurisdictionCode });
  const neededFrom = input.neededFrom ? new Date(input.neededFrom) : null;
  const neededUntil = input.neededUntil ? new Date(input.neededUntil) : null;
  const errors: FieldError[] = [
    ...await placeErrors(ctx.db, input.jurisdictionCode),
    ...await unknownDictionaryCodes(ctx.db, [
      { path: 'serviceType', type: 'service_type', codes: [input.serviceType] },
      { path: 'targetGroup', type: 'target_group', codes: [input.targetGroup] },
      { path: 'skillsWanted', type: 'skill', codes: input.skillsWanted },
    ]),
    ...(neededFrom && neededUntil && neededUntil <= neededFrom ? [{ path: 'neededUntil', key: 'helpRequestUntilBeforeFrom' as const }] : []),
  ];
  if (errors.length) throw new ValidationError('validation', {}, errors);
  const created = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(helpRequests).values({
      districtCode: districtCodeOf(input.jurisdictionCode), jurisdictionCode: input.jurisdictionCode, requesterName: input.requesterName,
      requesterPhoneEnc: input.requesterPhone ? encryptField(ctx.services.fieldKeys, input.requesterPhone) : null,
      targetGroup: input.targetGroup ?? null, serviceType: input.serviceType, skillsWanted: input.skillsWanted, description: input.description,
      address: input.address || null, neededFrom, neededUntil, createdBy: ctx.actor.userId,
    }).returning();
    await recordAudit(tx, auditActor(ctx), {
      action: 'helpRequest.create', targetType: 'help_request', targetId: row.id, details: { jurisdictionCode: row.jurisdictionCode, serviceType: row.serviceType },
    });
    return row;
  });
  const [presented] = await presentHelpRequests(ctx, [created]);
  return presented;
}
