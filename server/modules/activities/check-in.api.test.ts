import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { newVolunteer } from '../volunteers/volunteer-fixtures';
import { activityHappeningNow, attend, checkInCodeOf, hoursFromNow, publishActivity, setActivityTimes } from './activity-fixtures';

let t: TestApp;
let committee: TestClient;
let street2: TestClient;
let bureau: TestClient;
const vols: Awaited<ReturnType<typeof newVolunteer>>[] = [];

beforeAll(async () => {
  t = await createTestApp();
  [committee, street2, bureau] = await Promise.all(['committee', 'street2', 'bureau'].map((u) => t.login(u)));
  for (let n = 1; n <= 5; n += 1) vols.push(await newVolunteer(t, n, { name: ['王建国', '陈美玲', '黄志强', '林小梅', '周大伟'][n - 1] }));
});
afterAll(async () => { await t?.close(); });

const signupOf = async (activityId: string, name: string) =>
  (await committee.get(`/api/activities/${activityId}`)).json().signups.find((s: { volunteerName: string }) => s.volunteerName === name);
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describe('the rotating check-in QR code (签到二维码)', () => {
  let activity: { id: string };
  beforeAll(async () => {
    activity = await publishActivity(committee, { title: '长者健康义诊', capacity: 3 });
    for (const v of vols.slice(0, 4)) await v.client.post(`/api/activities/${activity.id}/signups`);
  });

  it('shows the manager the current code, the portal address it opens and the QR image', async () => {
    const shown = (await committee.get(`/api/activities/${activity.id}/check-in-code`)).json();
    expect(shown.code).toMatch(/^\d{8}$/);
    expect(shown.url).toBe(`${t.services.config.publicUrl}/check-in?a=${activity.id}&c=${shown.code}`);
    expect(shown.qrSvg).toMatch(/^<svg/);
    expect(new Date(shown.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(shown.code).toBe(await checkInCodeOf(t, activity.id));
    expect((await bureau.get(`/api/activities/${activity.id}/check-in-code`)).statusCode).toBe(403);
    expect((await street2.get(`/api/activities/${activity.id}/check-in-code`)).statusCode).toBe(404);
    expect((await vols[0].client.get(`/api/activities/${activity.id}/check-in-code`)).statusCode).toBe(404);
  });

  it('refuses check-in before the window opens, leaving the sign-up as it was', async () => {
    const early = await vols[0].client.post(`/api/activities/${activity.id}/check-in`, { code: await checkInCodeOf(t, activity.id) });
    expect(early.statusCode).toBe(409);
    expect(early.json().title).toMatch(/^不在签到时间内（.+ 至 .+）$/);
    expect((await signupOf(activity.id, '王建国')).checkInAt).toBeNull();
  });

  it('checks a volunteer in and out by the code while the activity is under way', async () => {
    await activityHappeningNow(t, activity.id);
    const code = (await committee.get(`/api/activities/${activity.id}/check-in-code`)).json().code;
    const checkedIn = await vols[0].client.post(`/api/activities/${activity.id}/check-in`, { code });
    expect(checkedIn.json()).toMatchObject({ status: 'signed_up', activityTitle: '长者健康义诊', checkInByManager: false });
    expect(checkedIn.json().checkInAt).not.toBeNull();
    const again = await vols[0].client.post(`/api/activities/${activity.id}/check-in`, { code });
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('已签到，请在活动结束时签退');
    const out = await vols[0].client.post(`/api/activities/${activity.id}/check-out`, { code });
    expect(out.json()).toMatchObject({ status: 'attended' });
    expect((await vols[0].client.post(`/api/activities/${activity.id}/check-out`, { code })).json().title).toBe('已签退，本次活动已完成');
    const mine = (await vols[0].client.get(`/api/activities/mine?activityId=${activity.id}`)).json().items[0];
    expect(mine).toMatchObject({ status: 'attended' });
    expect(mine.checkOutAt).not.toBeNull();
  });

  it('accepts the code of the window just past, and refuses a wrong, an old or a malformed one', async () => {
    const previous = await vols[1].client.post(`/api/activities/${activity.id}/check-in`, { code: await checkInCodeOf(t, activity.id, 1) });
    expect(previous.statusCode).toBe(200);
    const current = await checkInCodeOf(t, activity.id);
    const wrong = current.slice(0, 7) + String((Number(current[7]) + 1) % 10);
    // Two windows old (ten minutes), a day old, and a mistyped digit.
    for (const code of [await checkInCodeOf(t, activity.id, 2), await checkInCodeOf(t, activity.id, 288), wrong]) {
      const refused = await vols[2].client.post(`/api/activities/${activity.id}/check-in`, { code });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([{ path: 'code', message: '签到码错误或已过期，请扫描现场最新的二维码' }]);
    }
    const malformed = await vols[2].client.post(`/api/activities/${activity.id}/check-in`, { code: 'abc' });
    expect(malformed.json().errors).toEqual([{ path: 'code', message: '签到码为 8 位数字' }]);
    expect((await signupOf(activity.id, '黄志强')).checkInAt).toBeNull();
  });

  it('refuses the waiting, the not signed up, a check-out before check-in, and other roles', async () => {
    const code = await checkInCodeOf(t, activity.id);
    const waiting = await vols[3].client.post(`/api/activities/${activity.id}/check-in`, { code });
    expect(waiting.statusCode).toBe(409);
    expect(waiting.json().title).toBe('您在候补名单中，尚未获得名额，不能签到');
    const stranger = await vols[4].client.post(`/api/activities/${activity.id}/check-in`, { code });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().title).toBe('您没有报名该活动');
    expect((await vols[2].client.post(`/api/activities/${activity.id}/check-out`, { code })).json().title).toBe('尚未签到，不能签退');
    expect((await committee.post(`/api/activities/${activity.id}/check-in`, { code })).statusCode).toBe(403);
    expect((await signupOf(activity.id, '林小梅')).status).toBe('waitlisted');
  });

  it('does not let a volunteer who has checked in before the start cancel', async () => {
    const soon = await publishActivity(committee, { title: '早到签到的活动', startsAt: hoursFromNow(0.25), endsAt: hoursFromNow(1.25) });
    await vols[4].client.post(`/api/activities/${soon.id}/signups`);
    expect((await vols[4].client.post(`/api/activities/${soon.id}/check-in`, { code: await checkInCodeOf(t, soon.id) })).statusCode).toBe(200);
    const cancel = await vols[4].client.post(`/api/activities/${soon.id}/signups/cancel`);
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().title).toBe('该报名已取消或已签到，不能再取消');
    expect((await signupOf(soon.id, '周大伟')).status).toBe('signed_up');
  });

  it('closes check-out some time after the end', async () => {
    await setActivityTimes(t, activity.id, minutesAgo(6 * 60), minutesAgo(3 * 60));
    const late = await vols[1].client.post(`/api/activities/${activity.id}/check-out`, { code: await checkInCodeOf(t, activity.id) });
    expect(late.statusCode).toBe(409);
    expect(late.json().title).toMatch(/^签退时间已过（截至 .+）$/);
  });
});

describe('the manager checks in by hand and records no-shows', () => {
  let activity: { id: string };
  beforeAll(async () => {
    activity = await publishActivity(committee, { title: '关爱留守儿童课业辅导', serviceType: 'child_care', startsAt: hoursFromNow(60), endsAt: hoursFromNow(62) });
    for (const v of vols.slice(0, 3)) await v.client.post(`/api/activities/${activity.id}/signups`);
  });

  it('refuses a no-show before the start and a check-in outside the window', async () => {
    const volunteer = await signupOf(activity.id, '王建国');
    const early = await committee.post(`/api/activities/${activity.id}/signups/${volunteer.id}/no-show`);
    expect(early.statusCode).toBe(409);
    expect(early.json().title).toBe('活动开始后才能记录未到');
    expect((await committee.post(`/api/activities/${activity.id}/signups/${volunteer.id}/check-in`)).statusCode).toBe(409);
    expect((await signupOf(activity.id, '王建国')).status).toBe('signed_up');
  });

  it('checks in and out for someone without a phone, now or at a time inside the window', async () => {
    await activityHappeningNow(t, activity.id, { startedMinutesAgo: 60, endsInMinutes: 60 });
    const volunteer = await signupOf(activity.id, '王建国');
    const checkedIn = await committee.post(`/api/activities/${activity.id}/signups/${volunteer.id}/check-in`, { at: minutesAgo(50).toISOString() });
    expect(checkedIn.json()).toMatchObject({ checkInByManager: true, status: 'signed_up' });
    const future = await committee.post(`/api/activities/${activity.id}/signups/${volunteer.id}/check-out`, { at: hoursFromNow(1) });
    expect(future.json().errors).toEqual([{ path: 'at', message: '时间不能晚于现在' }]);
    const beforeIn = await committee.post(`/api/activities/${activity.id}/signups/${volunteer.id}/check-out`, { at: minutesAgo(55).toISOString() });
    expect(beforeIn.json().errors[0].path).toBe('at');
    const out = await committee.post(`/api/activities/${activity.id}/signups/${volunteer.id}/check-out`);
    expect(out.json()).toMatchObject({ status: 'attended', checkOutByManager: true });

    const other = await signupOf(activity.id, '陈美玲');
    const outside = await committee.post(`/api/activities/${activity.id}/signups/${other.id}/check-in`, { at: minutesAgo(200).toISOString() });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0]).toMatchObject({ path: 'at' });
    expect((await street2.post(`/api/activities/${activity.id}/signups/${other.id}/check-in`)).statusCode).toBe(404);
    expect((await bureau.post(`/api/activities/${activity.id}/signups/${other.id}/check-in`)).statusCode).toBe(403);
    expect((await vols[1].client.post(`/api/activities/${activity.id}/signups/${other.id}/check-in`)).statusCode).toBe(404);
    expect((await signupOf(activity.id, '陈美玲')).checkInAt).toBeNull();
  });

  it('records a no-show after the start, in the credit record; not for one who came', async () => {
    const absent = await signupOf(activity.id, '黄志强');
    const recorded = await committee.post(`/api/activities/${activity.id}/signups/${absent.id}/no-show`);
    expect(recorded.json()).toMatchObject({ status: 'no_show', signupRestrictedUntil: null });
    const records = await t.services.database.query<{ kind: string; activity_title: string }>(
      'SELECT kind, activity_title FROM volunteer_credit_records WHERE volunteer_id = $1', [vols[2].volunteerId],
    );
    expect(records).toEqual([{ kind: 'no_show', activity_title: '关爱留守儿童课业辅导' }]);
    const came = await signupOf(activity.id, '王建国');
    expect((await committee.post(`/api/activities/${activity.id}/signups/${came.id}/no-show`)).json().title).toBe('只有已报名且未签到的志愿者可以记为未到');
    expect((await committee.post(`/api/activities/${activity.id}/signups/${absent.id}/no-show`)).statusCode).toBe(409);
  });

  it('restricts sign-up after repeated no-shows', async () => {
    let last: { signupRestrictedUntil: string | null } = { signupRestrictedUntil: null };
    for (const hours of [80, 90]) {
      const next = await publishActivity(committee, { title: `夜间巡逻第${hours}期`, serviceType: 'safety_patrol', startsAt: hoursFromNow(hours), endsAt: hoursFromNow(hours + 1) });
      await vols[2].client.post(`/api/activities/${next.id}/signups`);
      await activityHappeningNow(t, next.id);
      const signup = await signupOf(next.id, '黄志强');
      last = (await committee.post(`/api/activities/${next.id}/signups/${signup.id}/no-show`)).json();
    }
    expect(last.signupRestrictedUntil).not.toBeNull();
    const blocked = await vols[2].client.post(`/api/activities/${(await publishActivity(committee, { title: '限制后的报名', startsAt: hoursFromNow(200), endsAt: hoursFromNow(201) })).id}/signups`);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().title).toMatch(/^因多次报名后未到场，您在 \d{4}-\d{2}-\d{2} 前不能报名活动$/);
  });
});

describe('attendance fixture', () => {
  it('takes a volunteer through sign-up, check-in and check-out, ready for confirmation', async () => {
    const activity = await publishActivity(committee, { title: '社区环境整治', serviceType: 'environment', startsAt: hoursFromNow(150), endsAt: hoursFromNow(152) });
    const { signupId, checkInAt, checkOutAt } = await attend(t, { activityId: activity.id, volunteerClient: vols[4].client, minutes: 90 });
    const signup = await signupOf(activity.id, '周大伟');
    expect(signup).toMatchObject({ id: signupId, status: 'attended', checkInAt, checkOutAt });
    expect((new Date(checkOutAt).getTime() - new Date(checkInAt).getTime()) / 60_000).toBe(90);
    const cancelled = await publishActivity(committee, { title: '取消的活动', startsAt: hoursFromNow(170), endsAt: hoursFromNow(171) });
    await vols[4].client.post(`/api/activities/${cancelled.id}/signups`);
    await activityHappeningNow(t, cancelled.id);
    await committee.post(`/api/activities/${cancelled.id}/cancel`, { reason: '场地临时征用' });
    expect((await vols[4].client.post(`/api/activities/${cancelled.id}/check-in`, { code: await checkInCodeOf(t, cancelled.id) })).statusCode).toBe(409);
  });
});
