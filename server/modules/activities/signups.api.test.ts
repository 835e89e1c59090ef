import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { newVolunteer } from '../volunteers/volunteer-fixtures';
import { activityHappeningNow, hoursFromNow, publishActivity } from './activity-fixtures';

let t: TestApp;
let committee: TestClient;
let volunteer: TestClient;
const vols: Awaited<ReturnType<typeof newVolunteer>>[] = [];

beforeAll(async () => {
  t = await createTestApp();
  [committee, volunteer] = await Promise.all(['committee', 'volunteer'].map((u) => t.login(u)));
  for (let n = 1; n <= 4; n += 1) vols.push(await newVolunteer(t, n, { name: ['王建国', '陈美玲', '黄志强', '林小梅'][n - 1] }));
});
afterAll(async () => { await t?.close(); });

const signupRows = async (activityId: string) =>
  t.services.database.query<{ status: string }>('SELECT status FROM activity_signups WHERE activity_id = $1 ORDER BY created_at, id', [activityId]);
const creditRecords = async (kind: string) =>
  t.services.database.query<{ volunteer_id: string; activity_title: string }>('SELECT volunteer_id, activity_title FROM volunteer_credit_records WHERE kind = $1', [kind]);
const detail = async (id: string) => (await committee.get(`/api/activities/${id}`)).json();

describe('signing up (报名) and the waiting list', () => {
  it('gives places while there are some, then waiting-list positions; a duplicate is refused', async () => {
    const activity = await publishActivity(committee, { title: '社区助老餐配送', capacity: 2 });
    const first = await vols[0].client.post(`/api/activities/${activity.id}/signups`);
    expect(first.json()).toMatchObject({ status: 'signed_up', waitlistPosition: null });
    expect((await vols[1].client.post(`/api/activities/${activity.id}/signups`)).json().status).toBe('signed_up');
    expect((await vols[2].client.post(`/api/activities/${activity.id}/signups`)).json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await vols[3].client.post(`/api/activities/${activity.id}/signups`)).json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });

    const duplicate = await vols[0].client.post(`/api/activities/${activity.id}/signups`);
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().title).toBe('您已报名该活动');
    const full = await vols[2].client.post(`/api/activities/${activity.id}/signups`);
    expect(full.statusCode).toBe(409);
    expect(await signupRows(activity.id)).toHaveLength(4);

    const seen = await detail(activity.id);
    expect(seen).toMatchObject({ signedUpCount: 2, placesLeft: 0, waitlistCount: 2 });
    expect(seen.signups.map((s: { volunteerName: string; status: string; waitlistPosition: number | null }) => [s.volunteerName, s.status, s.waitlistPosition])).toEqual([
      ['王建国', 'signed_up', null], ['陈美玲', 'signed_up', null], ['黄志强', 'waitlisted', 1], ['林小梅', 'waitlisted', 2],
    ]);
    expect((await t.anonymous.get(`/api/public/activities/${activity.id}`)).json().placesLeft).toBe(0);

    const mine = (await vols[3].client.get('/api/activities/mine')).json();
    expect(mine.items).toEqual([expect.objectContaining({ status: 'waitlisted', waitlistPosition: 2, activity: expect.objectContaining({ title: '社区助老餐配送' }) })]);
  });

  it('frees a place on cancellation before the cut-off and promotes the first waiting volunteer, who is told', async () => {
    const [activity] = (await committee.get('/api/activities?q=助老餐')).json().items;
    const cancelled = await vols[0].client.post(`/api/activities/${activity.id}/signups/cancel`);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    const seen = await detail(activity.id);
    expect(seen.signups.map((s: { volunteerName: string; status: string; waitlistPosition: number | null }) => [s.volunteerName, s.status, s.waitlistPosition])).toEqual([
      ['王建国', 'cancelled', null], ['陈美玲', 'signed_up', null], ['黄志强', 'signed_up', null], ['林小梅', 'waitlisted', 1],
    ]);
    expect(seen.signedUpCount).toBe(2);
    const inbox = (await vols[2].client.get('/api/notifications')).json().items;
    expect(inbox).toEqual([expect.objectContaining({ title: '候补成功：您已获得“社区助老餐配送”的活动名额', link: `/activities/${activity.id}` })]);
    expect(await creditRecords('late_cancel')).toEqual([]);
    expect((await vols[0].client.post(`/api/activities/${activity.id}/signups/cancel`)).statusCode).toBe(409);

    // Coming back after cancelling joins the back of the queue.
    expect((await vols[0].client.post(`/api/activities/${activity.id}/signups`)).json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    // A waiting volunteer may leave the queue; nobody is promoted, nothing is recorded.
    expect((await vols[3].client.post(`/api/activities/${activity.id}/signups/cancel`)).json().status).toBe('cancelled');
    expect((await vols[0].client.get(`/api/activities/mine?activityId=${activity.id}`)).json().items[0].waitlistPosition).toBe(1);
  });

  it('records a late cancellation within the cut-off in the credit record', async () => {
    const activity = await publishActivity(committee, { title: '今晚平安巡逻', serviceType: 'safety_patrol', startsAt: hoursFromNow(5), endsAt: hoursFromNow(7), capacity: 1 });
    await vols[0].client.post(`/api/activities/${activity.id}/signups`);
    await vols[1].client.post(`/api/activities/${activity.id}/signups`);
    expect((await vols[0].client.post(`/api/activities/${activity.id}/signups/cancel`)).json().status).toBe('late_cancelled');
    expect(await creditRecords('late_cancel')).toEqual([{ volunteer_id: vols[0].volunteerId, activity_title: '今晚平安巡逻' }]);
    expect((await detail(activity.id)).signups.map((s: { status: string }) => s.status)).toEqual(['late_cancelled', 'signed_up']);
  });

  it('refuses a started activity, a restricted volunteer, a time clash and other roles, writing nothing', async () => {
    const started = await publishActivity(committee, { title: '正在进行的活动' });
    await activityHappeningNow(t, started.id);
    const tooLate = await vols[0].client.post(`/api/activities/${started.id}/signups`);
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json().title).toBe('活动已开始，不能再报名或取消报名');

    const evening = await publishActivity(committee, { title: '晚间读书会', serviceType: 'culture', startsAt: hoursFromNow(72), endsAt: hoursFromNow(74) });
    const overlapping = await publishActivity(committee, { title: '晚间电影放映', serviceType: 'culture', startsAt: hoursFromNow(73), endsAt: hoursFromNow(75) });
    await vols[2].client.post(`/api/activities/${evening.id}/signups`);
    const clash = await vols[2].client.post(`/api/activities/${overlapping.id}/signups`);
    expect(clash.statusCode).toBe(409);
    expect(clash.json().title).toBe('与您已报名的活动“晚间读书会”时间冲突');

    await t.services.database.query(`UPDATE volunteers SET signup_restricted_until = '2099-03-01T04:00:00Z' WHERE id = $1`, [vols[3].volunteerId]);
    const restricted = await vols[3].client.post(`/api/activities/${overlapping.id}/signups`);
    expect(restricted.statusCode).toBe(409);
    expect(restricted.json().title).toBe('因多次报名后未到场，您在 2099-03-01 前不能报名活动');

    for (const username of ['committee', 'street', 'org']) {
      expect((await (await t.login(username)).post(`/api/activities/${overlapping.id}/signups`)).statusCode).toBe(403);
    }
    expect((await vols[0].client.post('/api/activities/00000000-0000-4000-8000-000000000000/signups')).statusCode).toBe(404);
    expect((await vols[0].client.post('/api/activities/not-an-id/signups')).statusCode).toBe(400);
    expect(await signupRows(started.id)).toEqual([]);
    expect(await signupRows(overlapping.id)).toEqual([]);
    expect((await detail(overlapping.id)).signedUpCount).toBe(0);
  });

  it('keeps the capacity at or above the volunteers signed up; a larger one promotes the waiting', async () => {
    const activity = await publishActivity(committee, { title: '垃圾分类宣传', serviceType: 'environment', capacity: 2, startsAt: hoursFromNow(120), endsAt: hoursFromNow(122) });
    for (const client of [vols[0].client, volunteer, vols[1].client]) await client.post(`/api/activities/${activity.id}/signups`);
    const refused = await committee.patch(`/api/activities/${activity.id}`, { capacity: 1 });
    expect(refused.json().errors).toEqual([{ path: 'capacity', message: '名额不能少于已报名人数（2 人）' }]);
    expect((await detail(activity.id)).capacity).toBe(2);
    await committee.patch(`/api/activities/${activity.id}`, { capacity: 3 });
    expect(await detail(activity.id)).toMatchObject({ capacity: 3, signedUpCount: 3, waitlistCount: 0 });
  });
});

describe('signing up at the same time', () => {
  it('gives 5 places to 20 volunteers signing up at once, and queues the other 15', async () => {
    const crowd = [];
    for (let n = 11; n <= 30; n += 1) crowd.push(await newVolunteer(t, n));
    const activity = await publishActivity(committee, { title: '春节送温暖', capacity: 5, startsAt: hoursFromNow(100), endsAt: hoursFromNow(102) });
    const answers = await Promise.all(crowd.map((v) => v.client.post(`/api/activities/${activity.id}/signups`)));
    expect(answers.map((a) => a.statusCode)).toEqual(crowd.map(() => 200));
    const statuses = answers.map((a) => a.json().status);
    expect(statuses.filter((s) => s === 'signed_up')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(15);
    const seen = await detail(activity.id);
    expect(seen).toMatchObject({ signedUpCount: 5, waitlistCount: 15 });
    expect(seen.signups.filter((s: { status: string }) => s.status === 'waitlisted').map((s: { waitlistPosition: number }) => s.waitlistPosition))
      .toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });
});
