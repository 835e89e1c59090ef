import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { inScope, systemScope } from '../../platform/policy/policy';
import { newVolunteer } from '../volunteers/volunteer-fixtures';
import { volunteers } from '../volunteers/volunteers.tables';
import { appendCreditRecord } from './append-credit-record';
import { attendedActivity, pastDay, userIdOf, volunteerIdOf } from './service-fixtures';

let t: TestApp;
let committee: TestClient;
let street2: TestClient;
let bureau: TestClient;
let org: TestClient;
let volunteer: TestClient;
let admin: TestClient;
let other: { client: TestClient; volunteerId: string };
let li: string;
let ledByOrg: string;
let ledByCommittee: string;
const day = pastDay(3);

beforeAll(async () => {
  t = await createTestApp();
  [committee, street2, bureau, org, volunteer, admin] = await Promise.all(['committee', 'street2', 'bureau', 'org', 'volunteer', 'admin'].map((u) => t.login(u)));
  li = await volunteerIdOf(t, 'volunteer');
  other = await newVolunteer(t, 21, { name: '黄志明' });
  const times = { startsAt: day.at('09:00'), endsAt: day.at('11:00') };
  ledByOrg = (await attendedActivity(t, {
    managerUserId: await userIdOf(t, 'org'), title: '广场舞进社区公益演出', serviceType: 'culture', ...times,
    attendees: [{ volunteerId: li, checkInAt: day.at('09:00'), checkOutAt: day.at('11:00') }],
  })).activityId;
  ledByCommittee = (await attendedActivity(t, { managerUserId: await userIdOf(t, 'committee'), ...times, attendees: [] })).activityId;
});
afterAll(async () => { await t?.close(); });

const creditRecords = async () => Number((await t.services.database.query<{ n: string }>('SELECT count(*) AS n FROM volunteer_credit_records'))[0].n);
const errors = (response: { json(): { errors: { path: string; message: string }[] } }) => response.json().errors;
const record = (client: TestClient, body: Record<string, unknown>) => client.post('/api/credit-records', body);

describe('credit records (诚信记载): complaints and commendations', () => {
  it('are recorded by staff over the volunteer\'s home, and by the manager of an activity the volunteer joined', async () => {
    const complaint = await record(committee, { volunteerId: li, kind: 'complaint', reason: '上门探访时迟到半小时，老人久等' });
    expect(complaint.statusCode).toBe(200);
    expect(complaint.json()).toMatchObject({ volunteerName: '李秀兰', placeName: '凤城街道高基里社区', kind: 'complaint', status: 'standing', activityTitle: null });
    const praise = await record(org, { volunteerId: li, kind: 'commendation', reason: '演出组织有序，群众反响好', activityId: ledByOrg });
    expect(praise.json()).toMatchObject({ kind: 'commendation', activityId: ledByOrg, activityTitle: '广场舞进社区公益演出', status: 'standing' });
    const audit = (await admin.get('/api/audit-logs?action=creditRecord.record')).json().items;
    expect(audit).toHaveLength(2);
  });

  it('refuses other people, volunteers outside the activity or the subtree, and bad input, writing nothing', async () => {
    const before = await creditRecords();
    expect(errors(await record(org, { volunteerId: li, kind: 'complaint', reason: '服务态度生硬' }))).toEqual([{ path: 'activityId', message: '请选择您负责的活动' }]);
    expect(errors(await record(org, { volunteerId: other.volunteerId, kind: 'complaint', reason: '服务态度生硬', activityId: ledByOrg })))
      .toEqual([{ path: 'volunteerId', message: '该志愿者没有报名此活动' }]);
    expect((await record(org, { volunteerId: li, kind: 'complaint', reason: '服务态度生硬', activityId: ledByCommittee })).statusCode).toBe(404);
    expect((await record(other.client, { volunteerId: li, kind: 'complaint', reason: '服务态度生硬', activityId: ledByOrg })).statusCode).toBe(404);
    expect((await record(street2, { volunteerId: li, kind: 'complaint', reason: '服务态度生硬' })).statusCode).toBe(404);
    expect((await record(bureau, { volunteerId: li, kind: 'complaint', reason: '服务态度生硬' })).statusCode).toBe(403);
    const bad = await record(committee, { volunteerId: li, kind: 'no_show', reason: ' ' });
    expect(bad.statusCode).toBe(400);
    expect(errors(bad).map((e) => e.path).sort()).toEqual(['kind', 'reason']);
    expect(await creditRecords()).toBe(before);
  });

  it('are listed for staff over the volunteer\'s home, filtered and exported', async () => {
    const list = async (client: TestClient, query = '') => (await client.get(`/api/credit-records?${query}`)).json();
    expect((await list(committee)).total).toBe(2);
    expect((await list(committee, 'kind=commendation')).items.map((r: { reason: string }) => r.reason)).toEqual(['演出组织有序，群众反响好']);
    expect((await list(committee, `q=${encodeURIComponent('李秀兰')}&status=standing`)).total).toBe(2);
    expect((await list(bureau, `volunteerId=${other.volunteerId}`)).total).toBe(0);
    expect((await list(street2)).total).toBe(0);
    expect((await street2.get('/api/credit-records?jurisdictionCode=441802006001')).statusCode).toBe(403);
    const xlsx = await committee.get('/api/credit-records?format=xlsx&kind=complaint');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const sheet = workbook.getWorksheet('诚信记载')!;
    expect([2, 3, 4, 6, 7].map((c) => sheet.getRow(2).getCell(c).value)).toEqual(['李秀兰', '凤城街道高基里社区', '投诉', '上门探访时迟到半小时，老人久等', '有效']);
  });
});

describe('no-shows restrict sign-up; a contest decided', () => {
  const noShows: string[] = [];
  const contest = (client: TestClient, id: string, reason = '当天因病提前请假，社区有记录') => client.post(`/api/credit-records/${id}/contest`, { reason });
  const decide = (client: TestClient, id: string, outcome: string, note = '经核实') => client.post(`/api/credit-records/${id}/decision`, { outcome, note });
  const restriction = async () => (await volunteer.get('/api/credit-records/mine')).json().restriction;

  it('restricts sign-up when the no-shows reach the limit', async () => {
    const [row] = await t.services.database.db.select().from(volunteers).where(and(eq(volunteers.id, li), inScope(systemScope, volunteers)));
    const recordedBy = await userIdOf(t, 'committee');
    for (const n of [1, 2, 3]) {
      const { record: written, restrictedUntil } = await t.services.database.db.transaction((tx) => appendCreditRecord(tx, t.services, {
        volunteer: row, kind: 'no_show', reason: `报名第${n}次活动后未到场`, recordedBy, activity: { id: ledByCommittee, title: '关爱空巢老人上门探访' },
      }));
      noShows.push(written.id);
      expect(restrictedUntil === null).toBe(n < 3);
    }
    const mine = (await volunteer.get('/api/credit-records/mine')).json();
    expect(mine.items.map((r: { kind: string }) => r.kind)).toEqual(['no_show', 'no_show', 'no_show', 'commendation', 'complaint']);
    expect(mine.restriction).toEqual({ restrictedUntil: expect.any(String), noShows: 3, noShowLimit: 3 });
  });

  it('lets the volunteer contest their own standing record once, with a reason', async () => {
    const contested = await contest(volunteer, noShows[0]);
    expect(contested.json()).toMatchObject({ status: 'contested', contestReason: '当天因病提前请假，社区有记录' });
    const again = await contest(volunteer, noShows[0]);
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('该记录已申诉或已处理，不能再次申诉');
    const [commendation] = (await committee.get('/api/credit-records?kind=commendation')).json().items;
    expect((await contest(volunteer, commendation.id)).json().title).toBe('表扬记录无需申诉');
    expect((await contest(other.client, noShows[1])).statusCode).toBe(404);
    expect((await contest(volunteer, randomUUID())).statusCode).toBe(404);
    expect(errors(await contest(volunteer, noShows[1], '有事'))[0].path).toBe('reason');
    expect((await contest(volunteer, noShows[1])).statusCode).toBe(200);
  });

  it('keeps the restriction when a contest is upheld, and lifts it when a no-show is withdrawn', async () => {
    const upheld = await decide(committee, noShows[0], 'upheld', '签到记录显示未到场，维持记录');
    expect(upheld.json()).toMatchObject({ status: 'upheld', decisionNote: '签到记录显示未到场，维持记录', restrictionLifted: false });
    expect((await restriction()).restrictedUntil).not.toBeNull();

    const before = await t.services.database.query('SELECT status, decision_note FROM volunteer_credit_records ORDER BY id');
    const [complaint] = (await committee.get('/api/credit-records?kind=complaint')).json().items;
    expect((await decide(committee, complaint.id, 'withdrawn')).json().title).toBe('该记录没有待处理的申诉');
    expect((await decide(committee, noShows[0], 'withdrawn')).statusCode).toBe(409);
    expect((await decide(street2, noShows[1], 'withdrawn')).statusCode).toBe(404);
    expect((await decide(bureau, noShows[1], 'withdrawn')).statusCode).toBe(403);
    expect(errors(await decide(committee, noShows[1], 'erase', ''))).toHaveLength(2);
    expect(await t.services.database.query('SELECT status, decision_note FROM volunteer_credit_records ORDER BY id')).toEqual(before);

    const withdrawn = await decide(committee, noShows[1], 'withdrawn', '已核实当天请假，撤销记录');
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', restrictionLifted: true });
    expect(await restriction()).toEqual({ restrictedUntil: null, noShows: 2, noShowLimit: 3 });
    const [lifted] = await t.services.database.query<{ signup_restricted_until: Date | null }>('SELECT signup_restricted_until FROM volunteers WHERE id = $1', [li]);
    expect(lifted.signup_restricted_until).toBeNull();
  });
});
