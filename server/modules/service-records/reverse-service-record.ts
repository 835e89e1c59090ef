import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { creditServiceRecord, reverseServiceCredit } from '../time-bank/credit-service';
import { serviceRecords } from './service-records.tables';
import { findServiceRecordInScope } from './find-service-record';
import { lockVolunteer, minutesOnDate } from './volunteer-day';
import { hoursOf } from './service-minutes';
import type { reverseServiceRecordBodySchema } from './service-records.schemas';

type ServiceRecord = typeof serviceRecords.$inferSelect;

/** What a reversal and a corrected record repeat of the original: who, where, which activity and day. */
const factsOf = (r: ServiceRecord) => ({
  districtCode: r.districtCode, jurisdictionCode: r.jurisdictionCode, volunteerId: r.volunteerId, volunteerDistrictCode: r.volunteerDistrictCode,
  activityId: r.activityId, signupId: r.signupId, stationId: r.stationId, teamId: r.teamId, organizationId: r.organizationId,
  serviceType: r.serviceType, serviceDate: r.serviceDate,
});

/**
 * 冲正: a confirmed record is never edited. The correction appends a reversal (the minutes negated,
 * with the reason) and takes back what the record earned; with `correctedMinutes` it appends the
 * right record, credited anew. A record is reversed once; when the volunteer has spent the hours or
 * points meanwhile the ledger refuses and nothing is written.
 */
export async function reverseServiceRecord({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof reverseServiceRecordBodySchema> }) {
  await authorize(ctx, 'serviceRecord.correct');
  const original = await findServiceRecordInScope(ctx, id);
  if (original.kind !== 'service') throw new ConflictError('serviceRecordNotReversible');
  const dailyCap = await ctx.services.settings.get('service.dailyCapMinutes');
  const facts = factsOf(original);
  const by = ctx.actor.userId;

  return ctx.db.transaction(async (tx) => {
    const volunteer = await lockVolunteer(tx, { districtCode: original.volunteerDistrictCode, id: original.volunteerId });
    // The unique index on `reverses_id` lets only one reversal of a record in.
    const [reversal] = await tx.insert(serviceRecords).values({
      ...facts, kind: 'reversal', minutes: -original.minutes, reversesId: original.id, reason: input.reason, confirmedBy: by,
    }).onConflictDoNothing().returning();
    if (!reversal) throw new ConflictError('serviceRecordAlreadyReversed');
    await reverseServiceCredit(tx, { volunteer, recordId: original.id, reversalId: reversal.id, reversedBy: by });

    let corrected = null;
    if (input.correctedMinutes !== undefined) {
      const left = Math.max(0, dailyCap - await minutesOnDate(tx, volunteer.id, original.serviceDate));
      if (input.correctedMinutes > left) {
        throw new ValidationError('validation', {}, [{ path: 'correctedMinutes', key: 'serviceRecordOverDailyCap', params: { minutes: left } }]);
      }
      const [record] = await tx.insert(serviceRecords).values({
        ...facts, kind: 'service', minutes: input.correctedMinutes, reversesId: null, reason: input.reason, confirmedBy: by,
      }).returning();
      const credit = await creditServiceRecord(tx, ctx.services, { volunteer, record, confirmedBy: by });
      corrected = { id: record.id, minutes: record.minutes, hours: hoursOf(record.minutes), credit };
    }
    await recordAudit(tx, auditActor(ctx), {
      action: 'serviceRecord.reverse', targetType: 'service_record', targetId: original.id,
      details: { reversalId: reversal.id, minutes: original.minutes, correctedId: corrected?.id ?? null, correctedMinutes: corrected?.minutes ?? null, reason: input.reason },
    });
    return {
      reversal: { id: reversal.id, reversesId: original.id, minutes: reversal.minutes, hours: hoursOf(reversal.minutes), reason: input.reason },
      corrected,
    };
  });
}
