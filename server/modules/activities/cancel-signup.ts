import { sql } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { appendCreditRecord } from '../service-records/append-credit-record';
import { findOwnVolunteer } from '../volunteers/own-volunteer';
import { activitySignups, volunteerActivities } from './activities.tables';
import { presentSignup } from './activity-presenter';
import { findActivityById, lockActivity, theActivity, type Activity } from './find-activity';
import { findOwnSignup } from './own-signup';
import { theSignup, type Signup } from './signup-queries';
import { promoteWaitlisted } from './waitlist';

/**
 * 取消报名, before the activity starts. A place given up within `activity.cancelCutoffHours` of the
 * start is a late cancellation, written to the volunteer's credit record (诚信记载); a freed place
 * goes to the first volunteer waiting, who is told.
 */
export async function cancelSignup({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'activity.signUp');
  const volunteer = await findOwnVolunteer(ctx);
  const found = await findActivityById(ctx, id);
  const now = new Date();
  assertCancellable(found, await findOwnSignup(ctx.db, volunteer, found), now);
  const cutoffHours = await ctx.services.settings.get('activity.cancelCutoffHours');
  const cancelled = await ctx.db.transaction(async (tx) => {
    const activity = await lockActivity(tx, found);
    const signup = await findOwnSignup(tx, volunteer, activity);
    assertCancellable(activity, signup, now);
    const held = signup.status === 'signed_up';
    const late = held && activity.startsAt.getTime() - now.getTime() < cutoffHours * 3_600_000;
    const [row] = await tx.update(activitySignups).set({ status: late ? 'late_cancelled' : 'cancelled', cancelledAt: now, updatedAt: now })
      .where(theSignup(signup)).returning();
    if (held) {
      const [freed] = await tx.update(volunteerActivities).set({ signedUpCount: sql`${volunteerActivities.signedUpCount} - 1`, updatedAt: now })
        .where(theActivity(activity)).returning();
      await promoteWaitlisted(tx, freed, now);
    }
    if (late) {
      await appendCreditRecord(tx, ctx.services, {
        volunteer, kind: 'late_cancel', reason: `活动开始前 ${cutoffHours} 小时内取消报名`, recordedBy: ctx.actor.userId,
        activity: { id: activity.id, title: activity.title }, now,
      });
    }
    await recordAudit(tx, auditActor(ctx), {
      action: 'activity.cancelSignup', targetType: 'volunteer_activity', targetId: activity.id, details: { signupId: signup.id, late },
    });
    return row;
  });
  return presentSignup(cancelled, null);
}

function assertCancellable(activity: Activity, signup: Signup, now: Date): void {
  // Checked in (it opens before the start) is taking part: leaving now is not a cancellation.
  if ((signup.status !== 'signed_up' && signup.status !== 'waitlisted') || signup.checkInAt) throw new ConflictError('signupNotCancellable');
  if (activity.status !== 'published') throw new ConflictError('activityNotPublished');
  if (activity.startsAt <= now) throw new ConflictError('activityStarted');
}
