import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { inScope, systemScope } from '../../platform/policy/policy';
import { newVolunteer } from '../volunteers/volunteer-fixtures';
import { volunteers } from '../volunteers/volunteers.tables';
import { districtAccount, postMovement, volunteerAccount } from '../time-bank/ledger';
import { attendedActivity, newStation, pastDay, userIdOf, volunteerIdOf } from './service-fixtures';

let t: TestApp;
let committee: TestClient;
let street: TestClient;
let street2: TestClient;
let bureau: TestClient;
let org: TestClient;
let admin: TestClient;
let stationManager: TestClient;
let li: string;
let wang: { client: TestClient; volunteerId: string };
let chen: string;
let stationId: string;
const day = pastDay(10);

beforeAll(async () => {
  t = await createTestApp();
  [committee, street, street2, bureau, org, admin] = await Promise.all(['committee', 'street', 'street2', 'bureau', 'org', 'admin'].map((u) => t.login(u)));
  li = await volunteerIdOf(t, 'volunteer');
  wang = await newVolunteer(t, 1, { name: '王建国' });
  chen = (await newVolunteer(t, 2, { name: '陈美华' })).volunteerId;
  const manager = await newVolunteer(t, 3, { name: '赵志强' });
  stationManager = manager.client;
  stationId = await newStation(t, { name: '高基里社区学雷锋志愿服务站', managerUserId: manager.userId });
});
afterAll(async () => { await t?.close(); });

/** The volunteer's time-bank minutes and points, as the ledger's accounts hold them. */
async function balances(volunteerId: string) {
  const rows = await t.services.database.query<{ kind: string; balance: string }>('SELECT kind, balance FROM ledger_accounts WHERE volunteer_id = $1', [volunteerId]);
  const of = (kind: string) => Number(rows.find((r) => r.kind === kind)?.balance ?? 0);
  return { minutes: of('time_bank'), points: of('points') };
}
const count = async (table: string) => Number((await t.services.database.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0].n);
const confirm = (client: TestClient, activityId: string, body: Record<string, unknown> = {}) => client.post(`/api/activities/${activityId}/confirmations`, body);
const message = (response: { json(): { title: string } }) => response.json().title;

/** A resident spends hours on a service received: the time bank moves them out of the account. */
async function spendHours(volunteerId: string, minutes: number) {
  await t.services.database.db.transaction(async (tx) => {
    const [volunteer] = await tx.select().from(volunteers).where(and(eq(volunteers.id, volunteerId), inScope(systemScope, volunteers)));
    const account = await volunteerAccount(tx, volunteer, 'time_bank');
    const served = await districtAccount(tx, volunteer.jurisdictionCode, 'time_bank_services');
    await postMovement(tx, {
      districtCode: volunteer.districtCode, jurisdictionCode: volunteer.jurisdictionCode, unit: 'minutes', kind: 'withdraw', idempotencyKey: `test:${randomUUID()}`,
      createdBy: null, insufficientKey: 'ledgerInsufficient', legs: [{ account, amount: -minutes }, { account: served, amount: minutes }],
    });
  });
}

let morning: { activityId: string; signupIds: string[] };
let afternoon: { activityId: string; signupIds: string[] };
let ongoing: { activityId: string; signupIds: string[] };
const records: Record<string, string> = {};

describe('confirmation of hours (确认服务时长)', () => {
  it('rounds each attendance down, caps the day across activities, and credits hours and points', async () => {
    const committeeUser = await userIdOf(t, 'committee');
    morning = await attendedActivity(t, {
      managerUserId: committeeUser, startsAt: day.at('09:00'), endsAt: day.at('12:00'),
      attendees: [
        { volunteerId: li, checkInAt: day.at('08:58'), checkOutAt: day.at('12:07') }, // 189 min → 180
        { volunteerId: wang.volunteerId, checkInAt: day.at('09:10'), checkOutAt: day.at('10:20') }, // 70 min → 60
        { volunteerId: chen, status: 'no_show' },
      ],
    });
    const first = await confirm(committee, morning.activityId);
    expect(first.statusCode).toBe(200);
    expect(first.json().activityStatus).toBe('closed');
    const confirmed = first.json().confirmed as { volunteerId: string; minutes: number; hours: number; serviceDate: string; recordId: string; credit: unknown }[];
    expect(confirmed.map((c) => [c.volunteerId, c.minutes, c.hours, c.serviceDate]).sort()).toEqual([
      [li, 180, 3, day.date], [wang.volunteerId, 60, 1, day.date],
    ].sort());
    expect(confirmed.find((c) => c.volunteerId === li)!.credit).toEqual({ deposited: 180, overCap: 0, points: 30 });
    records.liMorning = confirmed.find((c) => c.volunteerId === li)!.recordId;
    records.wangMorning = confirmed.find((c) => c.volunteerId === wang.volunteerId)!.recordId;
    expect(await balances(li)).toEqual({ minutes: 180, points: 30 });
    expect(await balances(wang.volunteerId)).toEqual({ minutes: 60, points: 10 });
    const statuses = await t.services.database.query<{ status: string }>('SELECT status FROM activity_signups WHERE activity_id = $1 ORDER BY status', [morning.activityId]);
    expect(statuses.map((s) => s.status)).toEqual(['confirmed', 'confirmed', 'no_show']);

    // The same day, a station's activity confirmed by its manager (a volunteer): 367 min → 360, but only 300 are left of the 480-minute day.
    afternoon = await attendedActivity(t, {
      managerUserId: await userIdOf(t, 'vol3'), hostType: 'station', hostId: stationId, title: '社区环境清洁', serviceType: 'environment',
      startsAt: day.at('13:00'), endsAt: day.at('19:00'),
      attendees: [{ volunteerId: li, checkInAt: day.at('12:55'), checkOutAt: day.at('19:02') }],
    });
    const second = await confirm(stationManager, afternoon.activityId, { signupIds: afternoon.signupIds });
    expect(second.json().confirmed).toEqual([expect.objectContaining({ volunteerId: li, minutes: 300, hours: 5, credit: { deposited: 300, overCap: 0, points: 50 } })]);
    records.liAfternoon = second.json().confirmed[0].recordId;
    expect(await balances(li)).toEqual({ minutes: 480, points: 80 });

    const [row] = await t.services.database.query<Record<string, unknown>>('SELECT kind, station_id, team_id, service_type, jurisdiction_code FROM service_records WHERE id = $1', [records.liAfternoon]);
    expect(row).toEqual({ kind: 'service', station_id: stationId, team_id: null, service_type: 'environment', jurisdiction_code: '441802006001' });
    const audit = (await admin.get('/api/audit-logs?action=serviceRecord.confirm')).json().items;
    expect(audit).toHaveLength(2);
  });

  it('answers a repeated confirmation harmlessly and never writes a record twice', async () => {
    const before = { records: await count('service_records'), movements: await count('ledger_movements') };
    const again = await confirm(committee, morning.activityId);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ confirmed: [], activityStatus: 'closed' });
    const named = await confirm(committee, morning.activityId, { signupIds: [morning.signupIds[0]] });
    expect(named.statusCode).toBe(409);
    expect(message(named)).toBe('该报名的服务时长已确认，不能重复确认');
    expect({ records: await count('service_records'), movements: await count('ledger_movements') }).toEqual(before);
    expect(await balances(li)).toEqual({ minutes: 480, points: 80 });
  });

  it('refuses sign-ups not attended, unknown ones, bad input, and people who do not manage the activity, writing nothing', async () => {
    const now = Date.now();
    const minutesAgo = (m: number) => new Date(now - m * 60_000);
    ongoing = await attendedActivity(t, {
      managerUserId: await userIdOf(t, 'committee'), title: '助老义诊', serviceType: 'health', startsAt: minutesAgo(120), endsAt: new Date(now + 120 * 60_000),
      attendees: [
        { volunteerId: wang.volunteerId, checkInAt: minutesAgo(110) }, // still there: checked in, not out
        { volunteerId: chen, checkInAt: minutesAgo(110), checkOutAt: minutesAgo(20) }, // 90 min
      ],
    });
    const before = await count('service_records');
    const notAttended = await confirm(committee, ongoing.activityId, { signupIds: [ongoing.signupIds[0]] });
    expect(notAttended.statusCode).toBe(409);
    expect(message(notAttended)).toBe('该报名尚未完成签到签退，不能确认服务时长');
    expect((await confirm(committee, ongoing.activityId, { signupIds: [ongoing.signupIds[1], ongoing.signupIds[0]] })).statusCode).toBe(409);
    expect((await confirm(committee, ongoing.activityId, { signupIds: [morning.signupIds[2]] })).statusCode).toBe(404);
    const bad = await confirm(committee, ongoing.activityId, { signupIds: ['x'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toMatch(/^signupIds/);
    expect((await confirm(committee, ongoing.activityId, { signupIds: [] })).statusCode).toBe(400);

    expect((await confirm(bureau, ongoing.activityId)).statusCode).toBe(403);
    for (const client of [org, street2, wang.client, stationManager]) expect((await confirm(client, ongoing.activityId)).statusCode).toBe(404);
    expect((await confirm(committee, randomUUID())).statusCode).toBe(404);
    expect(await count('service_records')).toBe(before);

    const cancelled = await attendedActivity(t, {
      managerUserId: await userIdOf(t, 'committee'), status: 'cancelled', startsAt: minutesAgo(300), endsAt: minutesAgo(200),
      attendees: [{ volunteerId: chen, checkInAt: minutesAgo(300), checkOutAt: minutesAgo(200) }],
    });
    const refused = await confirm(committee, cancelled.activityId);
    expect(refused.statusCode).toBe(409);
    expect(message(refused)).toBe('活动已取消，不能确认服务时长');
    expect(await count('service_records')).toBe(before);
  });

  it('lets the street over the place confirm, and keeps an activity open while it runs or someone is still checked in', async () => {
    const done = await confirm(street, ongoing.activityId);
    expect(done.json()).toEqual({ confirmed: [expect.objectContaining({ volunteerId: chen, minutes: 90 })], activityStatus: 'published' });
    records.chenOngoing = done.json().confirmed[0].recordId;
  });
});

describe('corrections by reversal (冲正)', () => {
  const reverse = (client: TestClient, id: string, body: Record<string, unknown>) => client.post(`/api/service-records/${id}/reversal`, body);

  it('has no route that edits or deletes a record', () => {
    const editing = t.app.apiRoutes.filter((r) => /^(PUT|PATCH|DELETE) \/api\/service-(records|certificates)/.test(r));
    expect(editing).toEqual([]);
  });

  it('refuses the wrong role, staff out of scope and bad input, writing nothing', async () => {
    const before = await count('service_records');
    expect((await reverse(bureau, records.liMorning, { reason: '签退时间有误' })).statusCode).toBe(403);
    expect((await reverse(stationManager, records.liMorning, { reason: '签退时间有误' })).statusCode).toBe(403);
    expect((await reverse(street2, records.liMorning, { reason: '签退时间有误' })).statusCode).toBe(404);
    const bad = await reverse(committee, records.liMorning, { reason: ' ', correctedMinutes: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['correctedMinutes', 'reason']);
    expect(await count('service_records')).toBe(before);
  });

  it('appends a reversal and the corrected record, taking back and crediting anew', async () => {
    const corrected = await reverse(committee, records.liMorning, { reason: '提前离开，按实际服务 2.5 小时更正', correctedMinutes: 150 });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({
      reversal: { reversesId: records.liMorning, minutes: -180, hours: -3, reason: '提前离开，按实际服务 2.5 小时更正' },
      corrected: { minutes: 150, hours: 2.5, credit: { deposited: 150, overCap: 0, points: 25 } },
    });
    records.liCorrected = corrected.json().corrected.id;
    records.liReversal = corrected.json().reversal.id;
    expect(await balances(li)).toEqual({ minutes: 450, points: 75 });
    const [original] = await t.services.database.query<{ minutes: number }>('SELECT minutes FROM service_records WHERE id = $1', [records.liMorning]);
    expect(original.minutes).toBe(180);

    const twice = await reverse(committee, records.liMorning, { reason: '再次更正' });
    expect(twice.statusCode).toBe(409);
    expect(message(twice)).toBe('该服务记录已冲正，不能再次冲正');
    expect(message(await reverse(committee, records.liReversal, { reason: '撤回冲正' }))).toBe('冲正记录不能再冲正');
  });

  it('keeps a correction within the daily cap, writing nothing otherwise', async () => {
    const before = { records: await count('service_records'), balances: await balances(li) };
    const over = await reverse(committee, records.liAfternoon, { reason: '补记漏签时长', correctedMinutes: 400 });
    expect(over.statusCode).toBe(400);
    expect(over.json().errors).toEqual([{ path: 'correctedMinutes', message: '更正后的时长超过当天服务时长上限（当天还可记 330 分钟）' }]);
    expect({ records: await count('service_records'), balances: await balances(li) }).toEqual(before);
  });

  it('is refused by the ledger when the volunteer has spent the hours, and nothing is written', async () => {
    await spendHours(wang.volunteerId, 40);
    const before = { records: await count('service_records'), movements: await count('ledger_movements') };
    const refused = await reverse(street, records.wangMorning, { reason: '重复登记' });
    expect(refused.statusCode).toBe(409);
    expect(message(refused)).toBe('该志愿者已使用了这些时长或积分，余额不足以冲正；请先与志愿者核实');
    expect({ records: await count('service_records'), movements: await count('ledger_movements') }).toEqual(before);
    expect(await balances(wang.volunteerId)).toEqual({ minutes: 20, points: 10 });
  });
});

describe('reading records and totals', () => {
  type Item = { id: string; kind: string; volunteerName: string; minutes: number; reversalId: string | null };
  const list = async (client: TestClient, query = '') => (await client.get(`/api/service-records?${query}`)).json() as { items: Item[]; total: number };

  it('lists records served in the subtree with their names, filtered', async () => {
    const all = await list(committee);
    expect(all.total).toBe(6);
    const afternoonRow = all.items.find((r) => r.id === records.liAfternoon);
    expect(afternoonRow).toMatchObject({
      kind: 'service', volunteerName: '李秀兰', activityTitle: '社区环境清洁', placeName: '凤城街道高基里社区', serviceDate: day.date,
      stationName: '高基里社区学雷锋志愿服务站', teamName: null, minutes: 300, hours: 5, reversalId: null,
    });
    expect(all.items.find((r) => r.id === records.liMorning)!.reversalId).toBe(records.liReversal);
    expect((await list(committee, `volunteerId=${li}`)).total).toBe(4);
    expect((await list(committee, 'kind=reversal')).items.map((r) => r.minutes)).toEqual([-180]);
    expect((await list(committee, `from=${day.date}&to=${day.date}`)).total).toBe(5);
    expect((await list(committee, 'serviceType=environment')).items.map((r) => r.id)).toEqual([records.liAfternoon]);
    expect((await list(committee, `stationId=${stationId}`)).total).toBe(1);
    expect((await list(committee, `q=${encodeURIComponent('王建国')}`)).total).toBe(1);
    expect((await list(bureau, 'jurisdictionCode=441802006001')).total).toBe(6);
    expect((await list(street2)).total).toBe(0);
    expect((await list(org)).total).toBe(0);
    expect((await street2.get('/api/service-records?jurisdictionCode=441802006001')).statusCode).toBe(403);
    const bad = await committee.get(`/api/service-records?from=${day.date}&to=2000-01-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'to', message: '结束日期不能早于开始日期' }]);
  });

  it('exports the list to Excel', async () => {
    const xlsx = await committee.get(`/api/service-records?format=xlsx&volunteerId=${li}`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const sheet = workbook.getWorksheet('服务记录')!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['服务日期', '志愿者', '活动', '服务类型', '时长（小时）', '类别']));
    const rows = sheet.getRows(2, sheet.rowCount - 1)!.map((r) => [r.getCell(2).value, r.getCell(4).value, r.getCell(9).value, r.getCell(10).value]);
    expect(rows).toContainEqual(['李秀兰', '环境保护', 5, '服务']);
    expect(rows).toContainEqual(['李秀兰', '助老服务', -3, '冲正']);
    expect(rows).toContainEqual(['李秀兰', '助老服务', 3, '服务（已冲正）']);
  });

  it('totals minutes net of reversals by volunteer, station, place and month', async () => {
    const totals = async (query: string) => (await committee.get(`/api/service-records/totals?${query}`)).json();
    const byVolunteer = await totals('by=volunteer');
    expect(byVolunteer.items.map((g: { label: string; minutes: number; hours: number; records: number }) => [g.label, g.minutes, g.hours, g.records])).toEqual([
      ['李秀兰', 450, 7.5, 2], ['陈美华', 90, 1.5, 1], ['王建国', 60, 1, 1],
    ]);
    expect(byVolunteer.summary).toEqual({ minutes: 600, hours: 10, records: 4, volunteers: 3 });
    expect(byVolunteer.total).toBe(3);
    const byStation = await totals('by=station');
    expect(byStation.items.map((g: { label: string | null; minutes: number }) => [g.label, g.minutes])).toEqual([['高基里社区学雷锋志愿服务站', 300], [null, 300]]);
    expect((await totals('by=place')).items).toEqual([{ key: '441802006001', label: '凤城街道高基里社区', minutes: 600, hours: 10, records: 4, volunteers: 3 }]);
    const byMonth = await totals(`by=month&from=${day.date}&to=${day.date}`);
    expect(byMonth.items).toEqual([{ key: day.date.slice(0, 7), label: day.date.slice(0, 7), minutes: 510, hours: 8.5, records: 3, volunteers: 2 }]);
    expect((await totals('by=volunteer&pageSize=1&page=2')).items.map((g: { label: string }) => g.label)).toEqual(['陈美华']);
    expect((await street2.get('/api/service-records/totals')).json().summary).toEqual({ minutes: 0, hours: 0, records: 0, volunteers: 0 });
    expect((await committee.get('/api/service-records/totals?by=year')).statusCode).toBe(400);
    expect((await street2.get('/api/service-records/totals?jurisdictionCode=441802006')).statusCode).toBe(403);
  });

  it('exports totals with the sum as the last row', async () => {
    const xlsx = await committee.get('/api/service-records/totals?by=volunteer&format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const sheet = workbook.getWorksheet('服务时长统计')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '志愿者', '服务时长（小时）', '服务记录数', '志愿者人数']);
    expect(sheet.getRow(2).values).toEqual([undefined, '李秀兰', 7.5, 2, 1]);
    expect(sheet.getRow(5).values).toEqual([undefined, '合计', 10, 4, 3]);
  });

  it("shows a volunteer their own records, corrections included, and their standing totals", async () => {
    const mine = (await (await t.login('volunteer')).get('/api/service-records/mine')).json();
    expect(mine.total).toBe(4);
    expect(mine.items.map((r: { kind: string; minutes: number }) => `${r.kind}:${r.minutes}`).sort()).toEqual(['reversal:-180', 'service:150', 'service:180', 'service:300']);
    expect(mine.items.find((r: { id: string }) => r.id === records.liCorrected)).toMatchObject({ activityTitle: '关爱空巢老人上门探访', placeName: '凤城街道高基里社区', reason: '提前离开，按实际服务 2.5 小时更正' });
    expect(mine.totals).toEqual({ minutes: 450, hours: 7.5, records: 2, firstServiceDate: day.date, lastServiceDate: day.date });
    expect((await wang.client.get('/api/service-records/mine')).json().totals.records).toBe(1);
  });
});

describe('confirmations at once', () => {
  it('write each record once when the manager and the street confirm together', async () => {
    const other = pastDay(12);
    const both = await attendedActivity(t, {
      managerUserId: await userIdOf(t, 'committee'), startsAt: other.at('09:00'), endsAt: other.at('11:00'),
      attendees: [
        { volunteerId: li, checkInAt: other.at('09:00'), checkOutAt: other.at('11:00') },
        { volunteerId: chen, checkInAt: other.at('09:00'), checkOutAt: other.at('10:00') },
      ],
    });
    const answers = await Promise.all([confirm(committee, both.activityId), confirm(street, both.activityId), confirm(committee, both.activityId)]);
    expect(answers.every((a) => a.statusCode === 200 || a.statusCode === 409)).toBe(true);
    const confirmed = answers.filter((a) => a.statusCode === 200).flatMap((a) => a.json().confirmed);
    expect(confirmed.map((c: { minutes: number }) => c.minutes).sort()).toEqual([120, 60].sort());
    const rows = await t.services.database.query('SELECT id FROM service_records WHERE activity_id = $1', [both.activityId]);
    expect(rows).toHaveLength(2);
  });
});
