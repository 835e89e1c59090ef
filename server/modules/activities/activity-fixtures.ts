import { sql } from 'drizzle-orm';
import type { TestApp, TestClient } from '../../test/test-app';
import { checkInCodeFor, checkInCodeWindowMs } from './check-in-code';

const minute = 60_000;
/** An instant `hours` from now, as the API takes it. */
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** A committee activity at 高基里社区 two days ahead, published through the API as `client`; `over` changes any field. */
export async function publishActivity(client: TestClient, over: Record<string, unknown> = {}) {
  const response = await client.post('/api/activities', {
    title: '关爱空巢老人上门探访', description: '结对探访辖区空巢老人，陪伴聊天、检查家中用电安全', serviceType: 'elder_care',
    groupsServed: ['empty_nest_elderly'], skillsWanted: [], jurisdictionCode: '441802006001', address: '高基里社区党群服务中心',
    startsAt: hoursFromNow(48), endsAt: hoursFromNow(50), capacity: 10, hostType: 'committee', ...over,
  });
  if (response.statusCode !== 200) throw new Error(`publish activity: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Sets an activity's times directly (sign-up closes at the start, so tests move activities in time). */
export async function setActivityTimes(t: TestApp, activityId: string, startsAt: Date, endsAt: Date): Promise<void> {
  await t.services.database.db.execute(sql`UPDATE volunteer_activities SET starts_at = ${startsAt.toISOString()}::timestamptz,
    ends_at = ${endsAt.toISOString()}::timestamptz WHERE id = ${activityId} /*scope:volunteer_activities*/`);
}

/** Moves an activity so it is under way: started a little while ago, ending later; check-in is open now. */
export async function activityHappeningNow(t: TestApp, activityId: string, over: { startedMinutesAgo?: number; endsInMinutes?: number } = {}) {
  const now = Date.now();
  await setActivityTimes(t, activityId, new Date(now - (over.startedMinutesAgo ?? 10) * minute), new Date(now + (over.endsInMinutes ?? 110) * minute));
}

/** The code the activity's QR shows now (or `windowsAgo` rotations before), from its secret. */
export async function checkInCodeOf(t: TestApp, activityId: string, windowsAgo = 0): Promise<string> {
  const rows = await t.services.database.query<{ check_in_secret: string }>(
    'SELECT check_in_secret FROM volunteer_activities WHERE id = $1 /*scope:volunteer_activities*/', [activityId],
  );
  return checkInCodeFor({ id: activityId, checkInSecret: rows[0].check_in_secret }, Math.floor(Date.now() / checkInCodeWindowMs) - windowsAgo);
}

/**
 * A volunteer attends through the API: signs up (the activity moved ahead if it has started), checks
 * in and out by the QR code while it is under way; then the activity is moved to have ended just
 * now with the volunteer there for `minutes` (default 120) from its start, ready for the manager to confirm.
 */
export async function attend(t: TestApp, { activityId, volunteerClient, minutes = 120 }: { activityId: string; volunteerClient: TestClient; minutes?: number }) {
  const now = Date.now();
  await setActivityTimes(t, activityId, new Date(now + 24 * 60 * minute), new Date(now + 26 * 60 * minute));
  const signedUp = await volunteerClient.post(`/api/activities/${activityId}/signups`);
  if (signedUp.statusCode !== 200 || signedUp.json().status !== 'signed_up') throw new Error(`sign up: ${signedUp.body}`);
  await activityHappeningNow(t, activityId);
  for (const step of ['check-in', 'check-out']) {
    const response = await volunteerClient.post(`/api/activities/${activityId}/${step}`, { code: await checkInCodeOf(t, activityId) });
    if (response.statusCode !== 200) throw new Error(`${step}: ${response.body}`);
  }
  const startsAt = new Date(Date.now() - (minutes + 10) * minute);
  const checkOutAt = new Date(startsAt.getTime() + minutes * minute);
  await setActivityTimes(t, activityId, startsAt, new Date(Date.now() - 5 * minute));
  const signupId: string = signedUp.json().id;
  await t.services.database.db.execute(sql`UPDATE activity_signups SET check_in_at = ${startsAt.toISOString()}::timestamptz,
    check_out_at = ${checkOutAt.toISOString()}::timestamptz WHERE id = ${signupId} /*scope:activity_signups*/`);
  return { signupId, checkInAt: startsAt.toISOString(), checkOutAt: checkOutAt.toISOString() };
}
