import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { fileNewOrganization } from '../filings/filing-fixtures';
import { newStaff } from '../hub-ledgers/ledger-fixtures';
import { newVolunteer } from '../volunteers/volunteer-fixtures';
import { activityHappeningNow, hoursFromNow, publishActivity, setActivityTimes } from './activity-fixtures';

let t: TestApp;
let admin: TestClient;
let committee: TestClient;
let street: TestClient;
let street2: TestClient;
let bureau: TestClient;
let org: TestClient;
let volunteer: TestClient;
let hetang: TestClient;
let volunteerUserId: string;
let station: string;

const userIdOf = async (client: TestClient) => (await client.get('/api/auth/session')).json().user.id as string;
const messages = (response: { json(): { errors: { path: string; message: string }[] } }) => response.json().errors;
const activityCount = async () => Number((await t.services.database.query<{ n: string }>('SELECT count(*) AS n FROM volunteer_activities'))[0].n);
const titles = async (client: TestClient, query = '') => (await client.get(`/api/activities?${query}`)).json().items.map((a: { title: string }) => a.title);

/** A station run by `managerUserId`, written directly: stations are another screen's business. */
async function newStation(name: string, jurisdictionCode: string, managerUserId: string | null): Promise<string> {
  const rows = await t.services.database.query<{ id: string }>(
    `INSERT INTO volunteer_stations (district_code, id, jurisdiction_code, name, manager_user_id, created_by)
     VALUES ($1, gen_random_uuid(), $2, $3, $4, $5) RETURNING id`,
    [jurisdictionCode.slice(0, 6), jurisdictionCode, name, managerUserId, managerUserId ?? volunteerUserId],
  );
  return rows[0].id;
}

beforeAll(async () => {
  t = await createTestApp();
  [admin, committee, street, street2, bureau, org, volunteer] = await Promise.all(
    ['admin', 'committee', 'street', 'street2', 'bureau', 'org', 'volunteer'].map((u) => t.login(u)),
  );
  hetang = await newStaff(t, admin, { username: 'ht.committee', role: 'committee', jurisdictionCode: '441802006002' });
  volunteerUserId = await userIdOf(volunteer);
  station = await newStation('高基里社区学雷锋志愿服务站', '441802006001', volunteerUserId);
});
afterAll(async () => { await t?.close(); });

describe('publishing an activity (发布志愿活动)', () => {
  it('lets the committee publish for itself, and shows it by place to staff above it', async () => {
    const published = await publishActivity(committee, { title: '重阳节敬老探访', groupsServed: ['empty_nest_elderly', 'disabled'], skillsWanted: ['medical'] });
    expect(published).toMatchObject({
      title: '重阳节敬老探访', status: 'published', hostType: 'committee', hostName: '高基里社区', placeName: '高基里社区', streetName: '凤城街道',
      serviceTypeLabel: '助老服务', groupsServedLabels: ['空巢老人', '残疾人'], skillsWantedLabels: ['医疗护理'],
      capacity: 10, signedUpCount: 0, placesLeft: 10, waitlistCount: 0, managerName: '高基里社区居委会', canManage: true, signups: [],
    });
    expect(JSON.stringify(published)).not.toMatch(/secret/i);
    for (const client of [committee, street, bureau]) expect(await titles(client)).toContain('重阳节敬老探访');
    expect(await titles(street2)).toEqual([]);
    expect(await titles(hetang)).toEqual([]);
    expect((await street2.get(`/api/activities/${published.id}`)).statusCode).toBe(404);
    expect((await hetang.get(`/api/activities/${published.id}`)).statusCode).toBe(404);
    const audit = (await admin.get('/api/audit-logs?action=activity.publish')).json().items;
    expect(audit).toEqual([expect.objectContaining({ targetId: published.id, outcome: 'success' })]);
  });

  it('refuses bad input with field errors, writing nothing', async () => {
    const before = await activityCount();
    const bad = await committee.post('/api/activities', {
      title: '', serviceType: 'elder_care', jurisdictionCode: '441802006001', address: '活动室', startsAt: 'tomorrow', endsAt: hoursFromNow(3), capacity: 0, hostType: 'committee',
    });
    expect(bad.statusCode).toBe(400);
    expect(messages(bad).map((e) => e.path).sort()).toEqual(['capacity', 'startsAt', 'title']);
    const rules = await committee.post('/api/activities', {
      title: '时间与字典都不对', serviceType: 'dancing', groupsServed: ['subsistence', 'aliens'], jurisdictionCode: '441802006001', address: '活动室',
      startsAt: hoursFromNow(-1), endsAt: hoursFromNow(-2), capacity: 5, hostType: 'committee',
    });
    expect(rules.statusCode).toBe(400);
    expect(messages(rules)).toEqual(expect.arrayContaining([
      { path: 'startsAt', message: '开始时间须晚于现在' },
      { path: 'endsAt', message: '结束时间须晚于开始时间' },
      { path: 'serviceType', message: '不在可选范围内：dancing' },
      { path: 'groupsServed', message: '不在可选范围内：aliens' },
    ]));
    const place = await street.post('/api/activities', {
      title: '地点只到区', serviceType: 'elder_care', jurisdictionCode: '441802', address: '活动室', startsAt: hoursFromNow(5), endsAt: hoursFromNow(6), capacity: 5, hostType: 'committee',
    });
    expect(messages(place)).toEqual([{ path: 'jurisdictionCode', message: '地点须选到街道（乡镇）或社区（村）' }]);
    expect(messages(await committee.post('/api/activities', {
      title: '没有主办的站', serviceType: 'elder_care', jurisdictionCode: '441802006001', address: '活动室', startsAt: hoursFromNow(5), endsAt: hoursFromNow(6), capacity: 5, hostType: 'station',
    }))).toEqual([{ path: 'hostId', message: '请选择主办的服务站、队伍或组织' }]);
    expect(await activityCount()).toBe(before);
  });

  it('refuses other roles, places outside the publisher\'s subtree and hosts that are not theirs', async () => {
    const before = await activityCount();
    for (const username of ['bureau', 'hub', 'admin', 'reviewer']) {
      const client = await t.login(username);
      const refused = await client.post('/api/activities', { title: '越权发布', serviceType: 'elder_care', jurisdictionCode: '441802006001', address: '活动室', startsAt: hoursFromNow(5), endsAt: hoursFromNow(6), capacity: 5, hostType: 'committee' });
      expect(refused.statusCode).toBe(403);
    }
    const outside = (client: TestClient, jurisdictionCode: string) => client.post('/api/activities', {
      title: '越界发布', serviceType: 'elder_care', jurisdictionCode, address: '活动室', startsAt: hoursFromNow(5), endsAt: hoursFromNow(6), capacity: 5, hostType: 'committee',
    });
    for (const [client, place] of [[street2, '441802006001'], [committee, '441802006002'], [hetang, '441802006001']] as const) {
      const refused = await outside(client, place);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().title).toBe('该数据不在您的管辖范围内');
    }
    // A volunteer publishes only for a station or team it runs; an organization only through its leader or the office over it.
    expect((await outside(volunteer, '441802006001')).json().title).toBe('您不能以该主办方的名义发布或管理活动');
    expect((await outside(org, '441802006001')).statusCode).toBe(403);
    const otherStation = await newStation('鹤堂社区志愿服务站', '441802006002', null);
    const notRun = await volunteer.post('/api/activities', {
      title: '别人的服务站', serviceType: 'elder_care', jurisdictionCode: '441802006001', address: '活动室', startsAt: hoursFromNow(5), endsAt: hoursFromNow(6), capacity: 5, hostType: 'station', hostId: otherStation,
    });
    expect(notRun.statusCode).toBe(403);
    expect((await committee.post('/api/activities', {
      title: '不在辖区的服务站', serviceType: 'elder_care', jurisdictionCode: '441802006001', address: '活动室', startsAt: hoursFromNow(5), endsAt: hoursFromNow(6), capacity: 5, hostType: 'station', hostId: otherStation,
    })).statusCode).toBe(403);
    expect(await activityCount()).toBe(before);
  });

  it('lets a volunteer who runs a station publish and manage its activities, and the office name it the manager', async () => {
    const own = await publishActivity(volunteer, { title: '服务站义诊', hostType: 'station', hostId: station });
    expect(own).toMatchObject({ hostType: 'station', hostName: '高基里社区学雷锋志愿服务站', managerName: '志愿者李阿姨', canManage: true });
    const named = await publishActivity(committee, { title: '服务站清洁家园', hostType: 'station', hostId: station, managerUserId: volunteerUserId });
    expect(named.managerName).toBe('志愿者李阿姨');
    expect(await titles(volunteer)).toEqual(expect.arrayContaining(['服务站义诊', '服务站清洁家园']));
    expect(await titles(volunteer)).not.toContain('重阳节敬老探访');
    expect((await volunteer.get(`/api/activities/${named.id}`)).statusCode).toBe(200);

    const before = await activityCount();
    const street2Id = await userIdOf(street2);
    const wrongManager = await committee.post('/api/activities', {
      title: '负责人不对', serviceType: 'elder_care', jurisdictionCode: '441802006001', address: '活动室', startsAt: hoursFromNow(5), endsAt: hoursFromNow(6), capacity: 5,
      hostType: 'station', hostId: station, managerUserId: street2Id,
    });
    expect(messages(wrongManager)).toEqual([{ path: 'managerUserId', message: '指定的负责人须是该主办方的负责人或所在社区、街道的工作人员' }]);
    const other = await newVolunteer(t, 1);
    expect((await other.client.post('/api/activities', {
      title: '冒名发布', serviceType: 'elder_care', jurisdictionCode: '441802006001', address: '活动室', startsAt: hoursFromNow(5), endsAt: hoursFromNow(6), capacity: 5, hostType: 'station', hostId: station,
    })).statusCode).toBe(403);
    expect((await other.client.get(`/api/activities/${own.id}`)).statusCode).toBe(404);
    expect(await activityCount()).toBe(before);
  });

  it('lets an organization\'s leader publish for its own organization, and the committee for one in its community', async () => {
    const { organizationId } = await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区夕阳红舞蹈队' });
    const byLeader = await publishActivity(org, { title: '舞蹈队进敬老院慰问演出', serviceType: 'culture', hostType: 'organization', hostId: organizationId });
    expect(byLeader).toMatchObject({ hostType: 'organization', hostName: '高基里社区夕阳红舞蹈队', managerName: '夕阳红舞蹈队负责人' });
    expect(await titles(org)).toEqual(['舞蹈队进敬老院慰问演出']);
    const byCommittee = await publishActivity(committee, { title: '舞蹈队广场展演', serviceType: 'culture', hostType: 'organization', hostId: organizationId });
    expect(byCommittee.hostName).toBe('高基里社区夕阳红舞蹈队');
    expect((await volunteer.post('/api/activities', {
      title: '志愿者代组织发布', serviceType: 'culture', jurisdictionCode: '441802006001', address: '活动室', startsAt: hoursFromNow(5), endsAt: hoursFromNow(6), capacity: 5,
      hostType: 'organization', hostId: organizationId,
    })).statusCode).toBe(403);
    expect((await street2.post('/api/activities', {
      title: '外街道代组织发布', serviceType: 'culture', jurisdictionCode: '441802007001', address: '活动室', startsAt: hoursFromNow(5), endsAt: hoursFromNow(6), capacity: 5,
      hostType: 'organization', hostId: organizationId,
    })).statusCode).toBe(403);
  });
});

describe('changing and calling off an activity', () => {
  it('edits the words, times before the start and places; refuses others and bad changes', async () => {
    const activity = await publishActivity(committee, { title: '社区义剪', capacity: 3 });
    const edited = await committee.patch(`/api/activities/${activity.id}`, { title: '社区义剪（第二期）', capacity: 5, address: '高基里社区文化广场', startsAt: hoursFromNow(30), endsAt: hoursFromNow(32) });
    expect(edited.json()).toMatchObject({ title: '社区义剪（第二期）', capacity: 5, address: '高基里社区文化广场' });
    expect(messages(await committee.patch(`/api/activities/${activity.id}`, { endsAt: hoursFromNow(29) }))).toEqual([{ path: 'endsAt', message: '结束时间须晚于开始时间' }]);
    expect((await committee.patch(`/api/activities/${activity.id}`, { capacity: 0 })).statusCode).toBe(400);
    expect((await street2.patch(`/api/activities/${activity.id}`, { title: '越权修改' })).statusCode).toBe(404);
    expect((await hetang.patch(`/api/activities/${activity.id}`, { title: '越权修改' })).statusCode).toBe(404);
    expect((await bureau.patch(`/api/activities/${activity.id}`, { title: '越权修改' })).statusCode).toBe(403);
    expect((await volunteer.patch(`/api/activities/${activity.id}`, { title: '越权修改' })).statusCode).toBe(404);
    await activityHappeningNow(t, activity.id);
    const late = await committee.patch(`/api/activities/${activity.id}`, { startsAt: hoursFromNow(1), endsAt: hoursFromNow(2) });
    expect(late.statusCode).toBe(409);
    expect(late.json().title).toBe('活动已开始，不能再修改时间');
    expect((await committee.get(`/api/activities/${activity.id}`)).json().title).toBe('社区义剪（第二期）');
  });

  it('cancels with a reason, tells the volunteers signed up, and then refuses sign-ups and a second cancellation', async () => {
    const activity = await publishActivity(street, { title: '东风路清洁行动', jurisdictionCode: '441802006' });
    expect((await volunteer.post(`/api/activities/${activity.id}/signups`)).json().status).toBe('signed_up');
    expect((await committee.post(`/api/activities/${activity.id}/cancel`, { reason: '台风预警' })).statusCode).toBe(404);
    expect(messages(await street.post(`/api/activities/${activity.id}/cancel`, { reason: '' }))[0].path).toBe('reason');
    const cancelled = await street.post(`/api/activities/${activity.id}/cancel`, { reason: '台风预警，活动取消' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', canManage: false });
    const inbox = (await volunteer.get('/api/notifications')).json().items;
    expect(inbox).toEqual(expect.arrayContaining([expect.objectContaining({ title: '活动取消：“东风路清洁行动”已取消', body: '台风预警，活动取消' })]));
    expect((await street.post(`/api/activities/${activity.id}/cancel`, { reason: '再次取消' })).statusCode).toBe(409);
    const vol = await newVolunteer(t, 2);
    const refused = await vol.client.post(`/api/activities/${activity.id}/signups`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().title).toBe('该活动已取消或已结束');
  });
});

describe('the public list (portal)', () => {
  it('shows published activities not yet ended, soonest first, by place and service type, with no personal data', async () => {
    const soon = await publishActivity(committee, { title: '明早健康讲座', serviceType: 'health', startsAt: hoursFromNow(20), endsAt: hoursFromNow(21), capacity: 2 });
    const ended = await publishActivity(committee, { title: '已结束的活动', serviceType: 'health' });
    await setActivityTimes(t, ended.id, new Date(Date.now() - 3 * 3_600_000), new Date(Date.now() - 3_600_000));
    await publishActivity(street2, { title: '东城街道健康义诊', serviceType: 'health', jurisdictionCode: '441802007001' });

    const all = (await t.anonymous.get('/api/public/activities?serviceType=health')).json();
    expect(all.items.map((a: { title: string }) => a.title)).toEqual(['明早健康讲座', '东城街道健康义诊']);
    expect(all.items[0]).toMatchObject({ placesLeft: 2, serviceTypeLabel: '健康服务', placeName: '高基里社区', hostName: '高基里社区' });
    expect(all.items[0]).not.toHaveProperty('managerName');
    expect(all.items[0]).not.toHaveProperty('managerUserId');
    expect(JSON.stringify(all)).not.toMatch(/secret|李秀兰|志愿者李阿姨/);
    const street2Only = (await t.anonymous.get('/api/public/activities?place=441802007&serviceType=health')).json();
    expect(street2Only.items.map((a: { title: string }) => a.title)).toEqual(['东城街道健康义诊']);
    expect((await t.anonymous.get('/api/public/activities')).json().items.map((a: { title: string }) => a.title)).not.toContain('东风路清洁行动');

    expect((await t.anonymous.get(`/api/public/activities/${soon.id}`)).json()).toMatchObject({ title: '明早健康讲座', placesLeft: 2 });
    expect((await t.anonymous.get('/api/public/activities/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await t.anonymous.get('/api/public/activities?place=44x')).statusCode).toBe(400);
    const types = (await t.anonymous.get('/api/public/service-types')).json().items;
    expect(types).toEqual(expect.arrayContaining([{ code: 'elder_care', labelZh: '助老服务', labelEn: 'Elder care' }]));
  });

  it('filters the console list by status, service type, place, time and words, and exports it', async () => {
    expect(await titles(street, 'serviceType=health&jurisdictionCode=441802006001&q=讲座')).toEqual(['明早健康讲座']);
    expect(await titles(street, 'status=cancelled')).toEqual(['东风路清洁行动']);
    expect(await titles(street2, 'status=cancelled')).toEqual([]);
    expect(await titles(street, `from=${encodeURIComponent(hoursFromNow(19))}&to=${encodeURIComponent(hoursFromNow(21))}`)).toEqual(['明早健康讲座']);
    expect((await street2.get('/api/activities?jurisdictionCode=441802006001')).statusCode).toBe(403);
    const workbook = await street.get('/api/activities?format=xlsx');
    expect(workbook.headers['content-type']).toContain('spreadsheetml');
  });
});
