import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { activitySignups, volunteerActivities } from './activities.tables';
import { theActivity, type Activity } from './find-activity';
import { notifyVolunteers } from './notify-volunteers';

/**
 * Gives free places to the longest-waiting volunteers and tells them. Runs in the transaction that
 * holds the activity's row lock (after a cancellation or a larger capacity), so `activity` is current.
 */
export async function promoteWaitlisted(tx: Db, activity: Activity, now: Date): Promise<string[]> {
  const free = activity.capacity - activity.signedUpCount;
  if (free <= 0) return [];
  const next = await tx.select({ id: activitySignups.id, volunteerId: activitySignups.volunteerId }).from(activitySignups).where(and(
    eq(activitySignups.districtCode, activity.districtCode), eq(activitySignups.activityId, activity.id), eq(activitySignups.status, 'waitlisted'),
    inScope(systemScope, activitySignups),
  )).orderBy(asc(activitySignups.signedUpAt), asc(activitySignups.id)).limit(free);
  if (!next.length) return [];
  await tx.update(activitySignups).set({ status: 'signed_up', updatedAt: now }).where(and(
    eq(activitySignups.districtCode, activity.districtCode), inArray(activitySignups.id, next.map((s) => s.id)), inScope(systemScope, activitySignups),
  ));
  await tx.update(volunteerActivities).set({ signedUpCount: sql`${volunteerActivities.signedUpCount} + ${next.length}`, updatedAt: now })
    .where(theActivity(activity));
  await notifyVolunteers(tx, next.map((s) => s.volunteerId), {
    title: `候补成功：您已获得“${activity.title}”的活动名额`, body: '请按时参加；如不能参加，请在活动开始前取消报名。', link: `/activities/${activity.id}`,
  });
  return next.map((s) => s.id);
}
