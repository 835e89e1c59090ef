import { and, asc, count, eq, inArray, lt, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { volunteers } from '../volunteers/volunteers.tables';
import { activitySignups } from './activities.tables';
import type { Activity } from './find-activity';

export type Signup = typeof activitySignups.$inferSelect;

/*
 * Sign-ups are read once the caller holds the activity (found in its reach) or the volunteer (its
 * own record): by those keys, in the platform's scope, since an activity's volunteers come from
 * any district and a volunteer serves anywhere.
 */

/** One sign-up row by its key. */
export const theSignup = (s: Pick<Signup, 'districtCode' | 'id'>) =>
  and(eq(activitySignups.districtCode, s.districtCode), eq(activitySignups.id, s.id), inScope(systemScope, activitySignups));

/** Every sign-up of an activity, first come first, with the volunteer's name and account. */
export function signupsOf(db: Db, activity: Pick<Activity, 'districtCode' | 'id'>) {
  return db.select({ signup: activitySignups, volunteerName: volunteers.name, userId: volunteers.userId })
    .from(activitySignups)
    .innerJoin(volunteers, and(
      eq(volunteers.districtCode, activitySignups.volunteerDistrictCode), eq(volunteers.id, activitySignups.volunteerId), inScope(systemScope, volunteers),
    ))
    .where(and(eq(activitySignups.districtCode, activity.districtCode), eq(activitySignups.activityId, activity.id), inScope(systemScope, activitySignups)))
    .orderBy(asc(activitySignups.signedUpAt), asc(activitySignups.id));
}

/** A waiting sign-up's place in the queue: 1 for the next to be promoted. */
export async function waitlistPosition(db: Db, s: Signup): Promise<number | null> {
  if (s.status !== 'waitlisted') return null;
  const [{ ahead }] = await db.select({ ahead: count() }).from(activitySignups).where(and(
    eq(activitySignups.districtCode, s.districtCode), eq(activitySignups.activityId, s.activityId), eq(activitySignups.status, 'waitlisted'),
    or(lt(activitySignups.signedUpAt, s.signedUpAt), and(eq(activitySignups.signedUpAt, s.signedUpAt), lt(activitySignups.id, s.id))),
    inScope(systemScope, activitySignups),
  ));
  return ahead + 1;
}

/** Waiting sign-ups per activity, for lists. */
export function waitlistCounts(db: Db, activityIds: string[]) {
  return db.select({ activityId: activitySignups.activityId, n: count() }).from(activitySignups)
    .where(and(inArray(activitySignups.activityId, activityIds), eq(activitySignups.status, 'waitlisted'), inScope(systemScope, activitySignups)))
    .groupBy(activitySignups.activityId);
}
