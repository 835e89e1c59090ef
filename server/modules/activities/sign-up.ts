import { and, eq, gt, inArray, lt, ne, sql } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { shanghaiDate } from '../../platform/dates';
import { ConflictError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { findOwnVolunteer, type Volunteer } from '../volunteers/own-volunteer';
import { activitySignups, volunteerActivities } from './activities.tables';
import { presentSignup } from './activity-presenter';
import { findActivityById, lockActivity, theActivity, type Activity } from './find-activity';
import { theSignup, waitlistPosition } from './signup-queries';

/** Sign-ups that hold the volunteer to the activity's time (a clash with another one is refused). */
const committed = ['signed_up', 'waitlisted'] as const;

/**
 * 报名: a place while there is one, else the waiting list with a position. Refused when already
 * signed up, when the activity is off or has started, while the volunteer's sign-up is restricted
 * (repeated no-shows), or when it overlaps another activity they are signed up for. Runs under the
 * activity's row lock, so concurrent sign-ups never pass the capacity.
 */
export async function signUp({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'activity.signUp');
  const volunteer = await findOwnVolunteer(ctx);
  const found = await findActivityById(ctx, id);
  const now = new Date();
  assertVolunteerMaySignUp(volunteer, now);
  assertOpen(found, now);
  const signup = await ctx.db.transaction(async (tx) => {
    const activity = await lockActivity(tx, found);
    assertOpen(activity, now);
    const [existing] = await tx.select().from(activitySignups).where(and(
      eq(activitySignups.districtCode, activity.districtCode), eq(activitySignups.activityId, activity.id), eq(activitySignups.volunteerId, volunteer.id),
      inScope(systemScope, activitySignups),
    ));
    if (existing && existing.status !== 'cancelled' && existing.status !== 'late_cancelled') throw new ConflictError('signupDuplicate');
    await assertNoClash(tx, volunteer, activity);
    const status = activity.signedUpCount < activity.capacity ? 'signed_up' as const : 'waitlisted' as const;
    // Stamped once the lock is held, so the queue follows the order places were given. A volunteer who
    // cancelled may come back; they join at the back of the queue, as anyone new.
    const at = new Date();
    const values = { status, signedUpAt: at, cancelledAt: null, updatedAt: at };
    const [row] = existing
      ? await tx.update(activitySignups).set(values).where(theSignup(existing)).returning()
      : await tx.insert(activitySignups).values({
        districtCode: activity.districtCode, activityId: activity.id, jurisdictionCode: activity.jurisdictionCode,
        volunteerId: volunteer.id, volunteerDistrictCode: volunteer.districtCode, ...values,
      }).returning();
    if (status === 'signed_up') {
      await tx.update(volunteerActivities).set({ signedUpCount: sql`${volunteerActivities.signedUpCount} + 1`, updatedAt: at }).where(theActivity(activity));
    }
    await recordAudit(tx, auditActor(ctx), {
      action: 'activity.signUp', targetType: 'volunteer_activity', targetId: activity.id, details: { signupId: row.id, status },
    });
    return row;
  });
  return presentSignup(signup, await waitlistPosition(ctx.db, signup));
}

function assertVolunteerMaySignUp(volunteer: Volunteer, now: Date): void {
  if (volunteer.status !== 'active') throw new ConflictError('volunteerNotActive');
  if (volunteer.signupRestrictedUntil && volunteer.signupRestrictedUntil > now) {
    throw new ConflictError('signupRestricted', { date: shanghaiDate(volunteer.signupRestrictedUntil) });
  }
}

function assertOpen(activity: Activity, now: Date): void {
  if (activity.status !== 'published') throw new ConflictError('activityNotPublished');
  if (activity.startsAt <= now) throw new ConflictError('activityStarted');
}

/** Another published activity the volunteer holds a place or a queue number for, overlapping this one. */
async function assertNoClash(tx: Db, volunteer: Volunteer, activity: Activity): Promise<void> {
  const [clash] = await tx.select({ title: volunteerActivities.title }).from(activitySignups)
    .innerJoin(volunteerActivities, and(
      eq(volunteerActivities.districtCode, activitySignups.districtCode), eq(volunteerActivities.id, activitySignups.activityId),
      inScope(systemScope, volunteerActivities),
    ))
    .where(and(
      eq(activitySignups.volunteerId, volunteer.id), inArray(activitySignups.status, [...committed]), ne(activitySignups.activityId, activity.id),
      eq(volunteerActivities.status, 'published'), lt(volunteerActivities.startsAt, activity.endsAt), gt(volunteerActivities.endsAt, activity.startsAt),
      inScope(systemScope, activitySignups),
    ))
    .limit(1);
  if (clash) throw new ConflictError('signupTimeClash', { title: clash.title });
}
