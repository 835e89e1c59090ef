import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { newStaff } from '../hub-ledgers/ledger-fixtures';
import { newVolunteer } from '../volunteers/volunteer-fixtures';
import { hoursFromNow, publishActivity } from './activity-fixtures';

let t: TestApp;
let admin: TestClient;
let committee: TestClient;
let street: TestClient;
let street2: TestClient;
let bureau: TestClient;
let hetang: TestClient;
const vols: Awaited<ReturnType<typeof newVolunteer>>[] = [];

beforeAll(async () => {
  t = await createTestApp();
  [admin, committee, street, street2, bureau] = await Promise.all(['admin', 'committee', 'street', 'street2', 'bureau'].map((u) => t.login(u)));
  hetang = await newStaff(t, admin, { username: 'ht.committee', role: 'committee', jurisdictionCode: '441802006002' });
  vols.push(await newVolunteer(t, 1, { name: '王护士', skills: ['medical', 'psychology'] }));
  vols.push(await newVolunteer(t, 2, { name: '陈医生', skills: ['medical'], jurisdictionCode: '441802006002' }));
  vols.push(await newVolunteer(t, 3, { name: '黄工程师', skills: ['it'] }));
  vols.push(await newVolunteer(t, 4, { name: '林护工', skills: ['medical'], jurisdictionCode: '441802007001' }));
  vols.push(await newVolunteer(t, 5, { name: '周阿姨', skills: [] }));
  await t.services.database.query(`UPDATE volunteers SET interests = '["elder_care"]'::jsonb WHERE id = $1`, [vols[4].volunteerId]);
});
afterAll(async () => { await t?.close(); });

const need = {
  requesterName: '张桂芳', requesterPhone: '13912345678', targetGroup: 'empty_nest_elderly', serviceType: 'elder_care', skillsWanted: ['medical'],
  description: '独居老人，腿脚不便，希望每周有人上门量血压、陪同聊天', jurisdictionCode: '441802006001', address: '高基里社区3巷5号',
  neededFrom: hoursFromNow(40), neededUntil: hoursFromNow(24 * 14),
};
const requestCount = async () => Number((await t.services.database.query<{ n: string }>('SELECT count(*) AS n FROM help_requests'))[0].n);

describe('requests for help (服务需求) and matching (供需对接)', () => {
  let requestId: string;

  it('records a request with the phone encrypted and shown masked', async () => {
    const created = await committee.post('/api/help-requests', need);
    expect(created.json()).toMatchObject({
      requesterName: '张桂芳', requesterPhone: '139****5678', targetGroupLabel: '空巢老人', serviceTypeLabel: '助老服务', skillsWantedLabels: ['医疗护理'],
      placeName: '高基里社区', streetName: '凤城街道', status: 'open',
    });
    requestId = created.json().id;
    const stored = await t.services.database.query<{ requester_phone_enc: string }>('SELECT requester_phone_enc FROM help_requests WHERE id = $1', [requestId]);
    expect(stored[0].requester_phone_enc).not.toContain('13912345678');
    for (const client of [committee, street, bureau]) {
      expect((await client.get('/api/help-requests')).json().items.map((r: { id: string }) => r.id)).toEqual([requestId]);
    }
    expect((await street2.get('/api/help-requests')).json().total).toBe(0);
    expect((await hetang.get('/api/help-requests')).json().total).toBe(0);
    expect((await committee.get('/api/help-requests?q=血压&status=open&serviceType=elder_care')).json().total).toBe(1);
    expect((await committee.get('/api/help-requests?status=closed')).json().total).toBe(0);
  });

  it('refuses bad input, places out of scope and other roles, writing nothing', async () => {
    const before = await requestCount();
    const bad = await committee.post('/api/help-requests', { ...need, requesterPhone: '12345', requesterName: '', description: '' });
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['description', 'requesterName', 'requesterPhone']);
    const rules = await committee.post('/api/help-requests', { ...need, serviceType: 'cooking', neededUntil: hoursFromNow(1) });
    expect(rules.json().errors).toEqual(expect.arrayContaining([
      { path: 'serviceType', message: '不在可选范围内：cooking' }, { path: 'neededUntil', message: '结束时间须晚于开始时间' },
    ]));
    expect((await street2.post('/api/help-requests', need)).statusCode).toBe(403);
    expect((await committee.post('/api/help-requests', { ...need, jurisdictionCode: '441802006002' })).statusCode).toBe(403);
    for (const username of ['bureau', 'volunteer', 'org', 'hub']) {
      expect((await (await t.login(username)).post('/api/help-requests', need)).statusCode).toBe(403);
    }
    expect((await (await t.login('hub')).get('/api/help-requests')).statusCode).toBe(403);
    expect(await requestCount()).toBe(before);
  });

  it('suggests upcoming activities of the same type, nearest and best fitting first, with the reasons', async () => {
    const home = await publishActivity(committee, {
      title: '空巢老人健康关爱', groupsServed: ['empty_nest_elderly'], skillsWanted: ['medical'], startsAt: hoursFromNow(48), endsAt: hoursFromNow(50),
    });
    const nearby = await publishActivity(street, { title: '鹤堂社区敬老服务', jurisdictionCode: '441802006002', startsAt: hoursFromNow(20), endsAt: hoursFromNow(22) });
    const district = await publishActivity(street2, { title: '东城街道助老日', jurisdictionCode: '441802007001', startsAt: hoursFromNow(60), endsAt: hoursFromNow(62) });
    await publishActivity(committee, { title: '健康讲座', serviceType: 'health' });

    const suggestions = (await committee.get(`/api/help-requests/${requestId}/suggestions`)).json();
    expect(suggestions.activities.map((s: { activity: { id: string } }) => s.activity.id)).toEqual([home.id, nearby.id, district.id]);
    const [first, second] = suggestions.activities;
    expect(first.score).toBeGreaterThan(second.score);
    expect(first.reasons.map((r: { key: string }) => r.key)).toEqual(['sameServiceType', 'sameCommunity', 'timeOverlap', 'servesGroup', 'skillsWanted', 'placesLeft']);
    expect(first.reasons).toContainEqual({ key: 'skillsWanted', params: { skills: '医疗护理' } });
    expect(second.reasons.map((r: { key: string }) => r.key)).toEqual(['sameServiceType', 'sameStreet', 'servesGroup', 'placesLeft']);

    // Volunteers: only those in the staff member's subtree, by matching skills and interests, then nearness.
    const names = (s: { volunteers: { volunteer: { name: string } }[] }) => s.volunteers.map((v) => v.volunteer.name);
    // The demo volunteer 李秀兰 has the skill and the interest.
    expect(names(suggestions)).toEqual(['李秀兰', '王护士', '周阿姨']);
    expect(suggestions.volunteers[0].reasons).toEqual([
      { key: 'hasSkills', params: { skills: '医疗护理' } }, { key: 'interested', params: { type: '助老服务' } }, { key: 'sameCommunity' },
    ]);
    expect(suggestions.volunteers[1].reasons).toEqual([{ key: 'hasSkills', params: { skills: '医疗护理' } }, { key: 'sameCommunity' }]);
    expect(suggestions.volunteers[2].reasons).toEqual([{ key: 'interested', params: { type: '助老服务' } }, { key: 'sameCommunity' }]);
    expect(names((await street.get(`/api/help-requests/${requestId}/suggestions`)).json())).toEqual(['李秀兰', '王护士', '周阿姨', '陈医生']);
    expect((await street2.get(`/api/help-requests/${requestId}/suggestions`)).statusCode).toBe(404);
    expect((await hetang.get(`/api/help-requests/${requestId}/suggestions`)).statusCode).toBe(404);
  });

  it('records a match to an activity, then closes the request; refuses what does not fit', async () => {
    const [home] = (await committee.get('/api/activities?q=空巢老人健康关爱')).json().items;
    expect((await committee.post(`/api/help-requests/${requestId}/match`, { note: '两样都选' })).json().errors).toEqual([{ path: 'activityId', message: '请选择一个活动或一名志愿者进行对接' }]);
    expect((await committee.post(`/api/help-requests/${requestId}/match`, { activityId: home.id, volunteerId: vols[0].volunteerId })).statusCode).toBe(400);
    expect((await committee.post(`/api/help-requests/${requestId}/match`, { volunteerId: vols[1].volunteerId })).statusCode).toBe(404);
    expect((await hetang.post(`/api/help-requests/${requestId}/match`, { activityId: home.id })).statusCode).toBe(404);
    expect((await bureau.post(`/api/help-requests/${requestId}/match`, { activityId: home.id })).statusCode).toBe(403);
    expect((await committee.get('/api/help-requests')).json().items[0].status).toBe('open');

    const matched = await committee.post(`/api/help-requests/${requestId}/match`, { activityId: home.id, note: '已电话告知张奶奶活动时间' });
    expect(matched.json()).toMatchObject({ status: 'matched', matchedActivityTitle: '空巢老人健康关爱', matchNote: '已电话告知张奶奶活动时间' });
    const again = await committee.post(`/api/help-requests/${requestId}/match`, { volunteerId: vols[0].volunteerId });
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('该需求已对接或已办结');
    const audit = (await admin.get('/api/audit-logs?action=helpRequest.match')).json().items;
    expect(audit).toEqual([expect.objectContaining({ targetId: requestId, outcome: 'success' })]);

    expect((await committee.post(`/api/help-requests/${requestId}/close`, { note: '' })).statusCode).toBe(400);
    expect((await street2.post(`/api/help-requests/${requestId}/close`, { note: '越权办结' })).statusCode).toBe(404);
    expect((await committee.post(`/api/help-requests/${requestId}/close`, { note: '已上门服务三次，老人满意' })).json().status).toBe('closed');
    expect((await committee.post(`/api/help-requests/${requestId}/close`, { note: '再次办结' })).statusCode).toBe(409);
  });

  it('matches a volunteer of the subtree', async () => {
    const created = (await street.post('/api/help-requests', { ...need, requesterName: '李伯', requesterPhone: undefined, jurisdictionCode: '441802006002' })).json();
    expect(created.requesterPhone).toBeNull();
    const matched = await street.post(`/api/help-requests/${created.id}/match`, { volunteerId: vols[1].volunteerId });
    expect(matched.json()).toMatchObject({ status: 'matched', matchedVolunteerName: '陈医生' });
  });
});
