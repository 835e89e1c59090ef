import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { inScope, systemScope } from '../../platform/policy/policy';
import { fileNewOrganization } from '../filings/filing-fixtures';
import { newStaff, testCreditCode } from '../hub-ledgers/ledger-fixtures';
import { archiveDocuments } from '../archives/archives.tables';
import { organizationEvents } from '../org-timeline/org-timeline.tables';
import { majorActivityReports } from './major-activities.tables';

let t: TestApp;
let admin: TestClient;
let bureau: TestClient;
let street: TestClient;
let street2: TestClient;
let committee: TestClient;
let org: TestClient;
const ids: Record<string, string> = {};

const day = 86_400_000;
const inDays = (days: number, hours = 2) => ({
  startsAt: new Date(Date.now() + days * day).toISOString(), endsAt: new Date(Date.now() + days * day + hours * 3_600_000).toISOString(),
});
const activity = (overrides: Record<string, unknown> = {}) => ({
  organizationId: ids.dance, kind: 'performance', title: '重阳敬老文艺汇演', venue: '高基里社区文化广场', ...inDays(10), expectedParticipants: 80,
  safetyPlan: '设安全员 4 名，划定观众区，配备急救箱，雨天改在党群服务中心礼堂。', ...overrides,
});

const errors = (response: { json(): { errors: { path: string; message: string }[] } }) => response.json().errors;
const notificationTitles = async (client: TestClient) => (await client.get('/api/notifications?pageSize=50')).json().items.map((n: { title: string }) => n.title) as string[];
const rows = async () => t.services.database.db.select().from(majorActivityReports).where(inScope(systemScope, majorActivityReports));

beforeAll(async () => {
  t = await createTestApp();
  [admin, bureau, street, street2, committee, org] = await Promise.all(['admin', 'bureau', 'street', 'street2', 'committee', 'org'].map((u) => t.login(u)));
  ids.dance = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区夕阳红舞蹈队', category: 'culture_sports' })).organizationId;
  ids.dongcheng = (await bureau.post('/api/organizations/registered', {
    name: '东门社区文化促进会', category: 'culture_sports', jurisdictionCode: '441802007012', leaderName: '陈建国', memberCount: 30, creditCode: testCreditCode('51', 21),
  })).json().id;
});
afterAll(async () => { await t?.close(); });

describe('major-activity reports (重大活动报告)', () => {
  it('refuses bad input with field errors and writes nothing', async () => {
    const bad = await org.post('/api/major-activities', activity({ kind: 'party', title: '', expectedParticipants: 0 }));
    expect(bad.statusCode).toBe(400);
    expect(errors(bad).map((e) => e.path).sort()).toEqual(['expectedParticipants', 'kind', 'title']);
    const backwards = await org.post('/api/major-activities', activity({ startsAt: inDays(10).endsAt, endsAt: inDays(10).startsAt }));
    expect(errors(backwards)).toEqual([{ path: 'endsAt', message: '结束时间应晚于开始时间' }]);
    const past = await org.post('/api/major-activities', activity(inDays(-1)));
    expect(errors(past)).toEqual([{ path: 'startsAt', message: '活动开始时间已过，不能再报告' }]);
    expect(await rows()).toEqual([]);
  });

  it('refuses the wrong role with 403 and an organization out of reach with 404', async () => {
    expect((await street.post('/api/major-activities', activity())).statusCode).toBe(403);
    expect((await committee.post('/api/major-activities', activity())).statusCode).toBe(403);
    expect((await org.post('/api/major-activities', activity({ organizationId: ids.dongcheng }))).statusCode).toBe(404);
    expect(await rows()).toEqual([]);
  });

  it('sends a report within the threshold to the committee, which acknowledges it into the archive', async () => {
    const reported = await org.post('/api/major-activities', activity());
    expect(reported.statusCode).toBe(200);
    ids.festival = reported.json().id;
    expect(reported.json()).toEqual({ id: ids.festival, state: 'submitted', acknowledgerLevel: 'committee', late: false });
    expect((await notificationTitles(committee)).some((title) => title.startsWith('高基里社区夕阳红舞蹈队报告重大活动“重阳敬老文艺汇演”'))).toBe(true);
    expect((await committee.get(`/api/major-activities/${ids.festival}`)).json()).toMatchObject({ safetyPlan: activity().safetyPlan, actions: ['acknowledge', 'return'] });
    expect((await org.get(`/api/major-activities/${ids.festival}`)).json().actions).toEqual(['withdraw']);

    const byStreet = await street.post(`/api/major-activities/${ids.festival}/review`, { action: 'acknowledge' });
    expect(byStreet.statusCode).toBe(403);
    expect(byStreet.json().title).toBe('该活动报告应由社区“两委”阅知');
    expect((await street2.get(`/api/major-activities/${ids.festival}`)).statusCode).toBe(404);
    const otherCommittee = await newStaff(t, admin, { username: 'ma.baimiao', role: 'committee', jurisdictionCode: '441802007001' });
    expect((await otherCommittee.post(`/api/major-activities/${ids.festival}/review`, { action: 'acknowledge' })).statusCode).toBe(404);
    const otherDistrict = await newStaff(t, admin, { username: 'ma.qingxin', role: 'bureau', jurisdictionCode: '441803' });
    expect((await otherDistrict.get(`/api/major-activities/${ids.festival}`)).statusCode).toBe(404);

    expect((await committee.post(`/api/major-activities/${ids.festival}/review`, { action: 'acknowledge' })).json()).toEqual({ id: ids.festival, state: 'acknowledged' });
    expect((await committee.post(`/api/major-activities/${ids.festival}/review`, { action: 'return', note: '再看看' })).statusCode).toBe(409);
    expect(await notificationTitles(org)).toContain('重大活动“重阳敬老文艺汇演”报告已经高基里社区“两委”阅知');
    const db = t.services.database.db;
    const [archived] = await db.select().from(archiveDocuments).where(and(eq(archiveDocuments.organizationId, ids.dance), eq(archiveDocuments.docType, 'major_activity'), inScope(systemScope, archiveDocuments)));
    expect(archived.title).toBe('重大活动报告：重阳敬老文艺汇演');
    expect(archived.snapshot).toMatchObject({ title: '重大活动报告', addressee: '高基里社区“两委”：', issuer: '高基里社区夕阳红舞蹈队' });
    expect((archived.snapshot as { fields: string[][] }).fields).toContainEqual(['预计参加人数', '80 人']);
    const events = await db.select().from(organizationEvents).where(and(eq(organizationEvents.organizationId, ids.dance), inScope(systemScope, organizationEvents)));
    expect(events.map((e) => e.kind)).toEqual(['majorActivities.reported', 'majorActivities.acknowledged']);
  });

  it('sends a report above the threshold to the street; a return needs a reason', async () => {
    const reported = (await org.post('/api/major-activities', activity({ kind: 'sports', title: '凤城街道社区广场舞大赛', expectedParticipants: 350, ...inDays(20) }))).json();
    ids.contest = reported.id;
    expect(reported).toMatchObject({ acknowledgerLevel: 'street', late: false });
    expect((await notificationTitles(street)).some((title) => title.startsWith('高基里社区夕阳红舞蹈队报告重大活动“凤城街道社区广场舞大赛”'))).toBe(true);
    const byCommittee = await committee.post(`/api/major-activities/${ids.contest}/review`, { action: 'acknowledge' });
    expect(byCommittee.statusCode).toBe(403);
    expect(byCommittee.json().title).toBe('该活动报告应由街道阅知');
    expect((await committee.get(`/api/major-activities/${ids.contest}`)).json().actions).toEqual([]);
    expect((await street.get(`/api/major-activities/${ids.contest}`)).json().actions).toEqual(['acknowledge', 'return']);
    expect(errors(await street.post(`/api/major-activities/${ids.contest}/review`, { action: 'return' }))).toEqual([{ path: 'note', message: '退回时请说明理由和需要补充的内容' }]);
    const returned = await street.post(`/api/major-activities/${ids.contest}/review`, { action: 'return', note: '350 人规模须补充交通疏导和医疗保障方案' });
    expect(returned.json()).toEqual({ id: ids.contest, state: 'returned' });
    expect(await notificationTitles(org)).toContain('重大活动“凤城街道社区广场舞大赛”报告被退回');
    expect((await org.post(`/api/major-activities/${ids.contest}/withdraw`)).statusCode).toBe(409);
  });

  it('flags a report made within the notice period as late, and the street sees it', async () => {
    const reported = (await org.post('/api/major-activities', activity({ kind: 'gathering', title: '端午包粽子邻里宴', expectedParticipants: 60, ...inDays(3) }))).json();
    ids.late = reported.id;
    expect(reported).toMatchObject({ acknowledgerLevel: 'committee', late: true });
    expect((await notificationTitles(street)).some((title) => title.includes('端午包粽子邻里宴') && title.endsWith('逾期报告'))).toBe(true);
    const late = (await street.get('/api/major-activities?late=true')).json();
    expect(late.items.map((a: { title: string }) => a.title)).toEqual(['端午包粽子邻里宴']);
    expect((await street.get('/api/major-activities?late=false')).json().total).toBe(2);
  });

  it('lets the leader withdraw before the start, and not after', async () => {
    expect((await committee.post(`/api/major-activities/${ids.late}/withdraw`)).statusCode).toBe(403);
    expect((await org.post(`/api/major-activities/${ids.late}/withdraw`)).json()).toEqual({ id: ids.late, state: 'withdrawn' });
    expect((await org.post(`/api/major-activities/${ids.late}/withdraw`)).statusCode).toBe(409);
    expect((await committee.post(`/api/major-activities/${ids.late}/review`, { action: 'acknowledge' })).statusCode).toBe(409);
    expect((await notificationTitles(committee))).toContain('高基里社区夕阳红舞蹈队撤回了重大活动“端午包粽子邻里宴”的报告');
    // The acknowledged performance has begun: too late to withdraw.
    await t.services.database.db.update(majorActivityReports).set({ startsAt: new Date(Date.now() - 3_600_000) })
      .where(and(eq(majorActivityReports.id, ids.festival), inScope(systemScope, majorActivityReports)));
    const begun = await org.post(`/api/major-activities/${ids.festival}/withdraw`);
    expect(begun.statusCode).toBe(409);
    expect(begun.json().title).toBe('只有尚未开始、未被退回或撤回的活动报告可以撤回');
  });

  it('lists upcoming activities first, by scope and filters, and exports them', async () => {
    const list = (await committee.get('/api/major-activities')).json();
    expect(list.items.map((a: { title: string }) => a.title)).toEqual(['端午包粽子邻里宴', '凤城街道社区广场舞大赛', '重阳敬老文艺汇演']);
    expect((await committee.get('/api/major-activities?upcoming=true')).json().total).toBe(2);
    expect((await street.get('/api/major-activities?acknowledgerLevel=street')).json().items.map((a: { title: string }) => a.title)).toEqual(['凤城街道社区广场舞大赛']);
    expect((await street.get('/api/major-activities?state=acknowledged&jurisdictionCode=441802006001')).json().total).toBe(1);
    expect((await org.get('/api/major-activities?q=广场舞')).json().total).toBe(1);
    expect((await street2.get('/api/major-activities')).json().total).toBe(0);
    expect((await street2.get('/api/major-activities?jurisdictionCode=441802006001')).statusCode).toBe(403);
    const exported = await street.get('/api/major-activities?format=xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toContain('逾期报告');
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['端午包粽子邻里宴', '聚集性活动', '已撤回', '是']));
  });
});
