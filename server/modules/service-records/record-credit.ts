import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ValidationError } from '../../platform/errors';
import { activitySignups } from '../activities/activities.tables';
import { findVolunteerInScope } from '../volunteers/find-volunteer';
import { volunteers } from '../volunteers/volunteers.tables';
import { findVisibleActivity } from '../activities/find-activity';
import { appendCreditRecord } from './append-credit-record';
import { recordNames } from './record-names';
import { presentCreditRecord } from './credit-record-presenter';
import type { recordCreditBodySchema } from './service-records.schemas';

type Input = z.infer<typeof recordCreditBodySchema>;

/**
 * 记录投诉或表扬: about a volunteer of an activity the actor manages (or oversees as street or
 * committee), or, for the street and committee, about any volunteer whose home is in their subtree.
 */
export async function recordCredit({ ctx, input }: { ctx: ActorCtx; input: Input }) {
  await authorize(ctx, 'creditRecord.record');
  const { volunteer, activity } = await creditSubject(ctx, input);
  const record = await ctx.db.transaction(async (tx) => {
    const { record } = await appendCreditRecord(tx, ctx.services, { volunteer, kind: input.kind, reason: input.reason, recordedBy: ctx.actor.userId, activity });
    await recordAudit(tx, auditActor(ctx), {
      action: 'creditRecord.record', targetType: 'volunteer_credit_record', targetId: record.id,
      details: { kind: input.kind, volunteerId: volunteer.id, activityId: activity?.id ?? null },
    });
    return record;
  });
  const names = await recordNames(ctx.db, [record]);
  return presentCreditRecord(record, { volunteerName: volunteer.name, placeName: names.placeName(record.jurisdictionCode) });
}

async function creditSubject(ctx: ActorCtx, input: Input) {
  if (input.activityId) {
    const activity = await findVisibleActivity(ctx, input.activityId);
    // The activity is the actor's; its volunteers may live anywhere.
    const [row] = await ctx.db.select({ volunteer: volunteers }).from(activitySignups)
      .innerJoin(volunteers, and(eq(volunteers.districtCode, activitySignups.volunteerDistrictCode), eq(volunteers.id, activitySignups.volunteerId)))
      .where(and(
        eq(activitySignups.districtCode, activity.districtCode), eq(activitySignups.activityId, activity.id), eq(activitySignups.volunteerId, input.volunteerId),
        inScope(systemScope, activitySignups), inScope(systemScope, volunteers),
      ));
    if (!row) throw new ValidationError('validation', {}, [{ path: 'volunteerId', key: 'creditRecordVolunteerNotInActivity' }]);
    return { volunteer: row.volunteer, activity: { id: activity.id, title: activity.title } };
  }
  if (ctx.actor.role !== 'street' && ctx.actor.role !== 'committee') {
    throw new ValidationError('validation', {}, [{ path: 'activityId', key: 'creditRecordActivityRequired' }]);
  }
  return { volunteer: await findVolunteerInScope(ctx, input.volunteerId), activity: null };
}
