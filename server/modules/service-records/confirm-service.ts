import { and, eq, isNotNull, lte, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, NotFoundError } from '../../platform/errors';
import { shanghaiDate } from '../../platform/dates';
import { activitySignups, volunteerActivities } from '../activities/activities.tables';
import { creditServiceRecord } from '../time-bank/credit-service';
import { serviceRecords } from './service-records.tables';
import { findVisibleActivity, type Activity } from '../activities/find-activity';
import { hostUnits } from './host-units';
import { lockVolunteer, minutesOnDate } from './volunteer-day';
import { hoursOf, serviceMinutes } from './service-minutes';
import type { confirmServiceBodySchema } from './service-records.schemas';

type Signup = typeof activitySignups.$inferSelect;

/**
 * 确认服务时长: the activity's manager (or the street or committee over its place) confirms attended
 * sign-ups. Each becomes one immutable service record, credited to the time bank and points in the
 * same transaction; the sign-up turns `confirmed`, so nothing is confirmed twice. The activity
 * closes once it has ended and nobody is left to confirm.
 */
export async function confirmService({ ctx, activityId, input }: { ctx: ActorCtx; activityId: string; input: z.infer<typeof confirmServiceBodySchema> }) {
  await authorize(ctx, 'serviceRecord.confirm');
  const activity = await findVisibleActivity(ctx, activityId);
  if (activity.status === 'cancelled') throw new ConflictError('serviceActivityCancelled');
  // The manager may sit outside the activity's district; the activity was found for the actor above.
  const signups = await ctx.db.select().from(activitySignups).where(and(
    eq(activitySignups.districtCode, activity.districtCode), eq(activitySignups.activityId, activity.id), inScope(systemScope, activitySignups),
  ));
  const chosen = input.signupIds ? pickSignups(signups, input.signupIds) : signups.filter(attended);
  // Volunteers taken in (district, id) order, the ledger's lock order: two confirmations never wait on each other crosswise.
  const order = (s: Signup) => `${s.volunteerDistrictCode}/${s.volunteerId}`;
  chosen.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  const rule = {
    roundingMinutes: await ctx.services.settings.get('service.roundingMinutes'),
    dailyCapMinutes: await ctx.services.settings.get('service.dailyCapMinutes'),
  };
  const units = await hostUnits(ctx.db, activity);
  const now = new Date();

  return ctx.db.transaction(async (tx) => {
    const confirmed = [];
    for (const signup of chosen) {
      const [claimed] = await tx.update(activitySignups).set({ status: 'confirmed', updatedAt: now }).where(and(
        eq(activitySignups.districtCode, signup.districtCode), eq(activitySignups.id, signup.id), eq(activitySignups.status, 'attended'),
        inScope(systemScope, activitySignups),
      )).returning();
      // Confirmed by someone else meanwhile: this whole request writes nothing.
      if (!claimed) throw new ConflictError('serviceRecordAlreadyConfirmed', {}, [{ path: 'signupIds', key: 'serviceRecordAlreadyConfirmed' }]);
      const volunteer = await lockVolunteer(tx, { districtCode: signup.volunteerDistrictCode, id: signup.volunteerId });
      const attendance = { checkInAt: claimed.checkInAt!, checkOutAt: claimed.checkOutAt! };
      const serviceDate = shanghaiDate(attendance.checkInAt);
      const minutes = serviceMinutes(attendance, rule, await minutesOnDate(tx, volunteer.id, serviceDate));
      const [record] = await tx.insert(serviceRecords).values({
        districtCode: activity.districtCode, jurisdictionCode: activity.jurisdictionCode, kind: 'service',
        volunteerId: volunteer.id, volunteerDistrictCode: volunteer.districtCode, activityId: activity.id, signupId: signup.id,
        ...units, serviceType: activity.serviceType, serviceDate, minutes, confirmedBy: ctx.actor.userId,
      }).returning();
      const credit = await creditServiceRecord(tx, ctx.services, { volunteer, record, confirmedBy: ctx.actor.userId });
      confirmed.push({ signupId: signup.id, recordId: record.id, volunteerId: volunteer.id, serviceDate, minutes, hours: hoursOf(minutes), credit });
    }
    const closed = await closeIfDone(tx, activity, now);
    await recordAudit(tx, auditActor(ctx), {
      action: 'serviceRecord.confirm', targetType: 'volunteer_activity', targetId: activity.id,
      details: { records: confirmed.map(({ recordId, signupId, minutes }) => ({ recordId, signupId, minutes })), closed },
    });
    return { confirmed, activityStatus: closed ? 'closed' as const : activity.status };
  });
}

const attended = (s: Signup) => s.status === 'attended' && s.checkInAt !== null && s.checkOutAt !== null;

/** The named sign-ups, each of this activity and attended; any other refuses the whole request. */
function pickSignups(signups: Signup[], ids: string[]): Signup[] {
  return [...new Set(ids)].map((id) => {
    const signup = signups.find((s) => s.id === id);
    if (!signup) throw new NotFoundError('serviceRecordSignupUnknown', {}, [{ path: 'signupIds', key: 'serviceRecordSignupUnknown' }]);
    if (signup.status === 'confirmed') throw new ConflictError('serviceRecordAlreadyConfirmed', {}, [{ path: 'signupIds', key: 'serviceRecordAlreadyConfirmed' }]);
    if (!attended(signup)) throw new ConflictError('serviceRecordNotAttended', {}, [{ path: 'signupIds', key: 'serviceRecordNotAttended' }]);
    return signup;
  });
}

/** An ended activity with no attendance left to confirm (nobody attended and unconfirmed, nobody still checked in) is closed. */
async function closeIfDone(tx: Db, activity: Activity, now: Date): Promise<boolean> {
  if (activity.status !== 'published' || activity.endsAt > now) return false;
  const [open] = await tx.select({ id: activitySignups.id }).from(activitySignups).where(and(
    eq(activitySignups.districtCode, activity.districtCode), eq(activitySignups.activityId, activity.id), inScope(systemScope, activitySignups),
    or(eq(activitySignups.status, 'attended'), and(eq(activitySignups.status, 'signed_up'), isNotNull(activitySignups.checkInAt))),
  )).limit(1);
  if (open) return false;
  const closed = await tx.update(volunteerActivities).set({ status: 'closed', updatedAt: now }).where(and(
    eq(volunteerActivities.districtCode, activity.districtCode), eq(volunteerActivities.id, activity.id),
    eq(volunteerActivities.status, 'published'), lte(volunteerActivities.endsAt, now), inScope(systemScope, volunteerActivities),
  )).returning({ id: volunteerActivities.id });
  return closed.length > 0;
}
