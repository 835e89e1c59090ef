import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { inScope, systemScope } from '../../platform/policy/policy';
import { fileNewOrganization } from '../filings/filing-fixtures';
import { newStaff, testCreditCode } from '../hub-ledgers/ledger-fixtures';
import { activitySignups, volunteerActivities } from '../activities/activities.tables';
import { archiveDocuments } from '../archives/archives.tables';
import { organizationEvents } from '../org-timeline/org-timeline.tables';
import { workReports } from './work-reports.tables';
import { lastEndedReportPeriod, reportDueOn, reportPeriod, reportPeriodLabel, reportPeriodOf } from './report-period';
import { remindWorkReports } from './remind-work-reports.job';

let t: TestApp;
let admin: TestClient;
let bureau: TestClient;
let street: TestClient;
let street2: TestClient;
let committee: TestClient;
let org: TestClient;
const ids: Record<string, string> = {};

const now = new Date();
/** The half year now running (`workReport.period` defaults to half years): it has begun, so it may be reported. */
const current = reportPeriodOf(now, 'half_year');
const currentLabel = reportPeriodLabel(current);
const nextPeriod = reportPeriodOf(new Date(reportPeriod(current).end.getTime() + 1), 'half_year');
const yuan = (y: number) => Math.round(y * 100);
const report = {
  activitiesHeld: 12, participants: 260, fundsInFen: yuan(3200), fundsOutFen: yuan(2875.5),
  summary: '本半年组织排练 24 次，参加社区文艺汇演 2 场。', plans: '下半年筹备重阳节敬老演出。',
};

const errors = (response: { json(): { errors: { path: string; message: string }[] } }) => response.json().errors;
const notificationTitles = async (client: TestClient) => (await client.get('/api/notifications?pageSize=50')).json().items.map((n: { title: string }) => n.title) as string[];
const rows = async () => t.services.database.db.select().from(workReports).where(inScope(systemScope, workReports));

beforeAll(async () => {
  t = await createTestApp();
  [admin, bureau, street, street2, committee, org] = await Promise.all(['admin', 'bureau', 'street', 'street2', 'committee', 'org'].map((u) => t.login(u)));
  ids.dance = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区夕阳红舞蹈队', category: 'culture_sports' })).organizationId;
  ids.choir = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区合唱团', category: 'culture_sports' })).organizationId;
  // 东城街道 (441802007): owes its own report, out of 凤城街道's sight.
  ids.dongcheng = (await bureau.post('/api/organizations/registered', {
    name: '东门社区文化促进会', category: 'culture_sports', jurisdictionCode: '441802007012', leaderName: '陈建国', memberCount: 30, creditCode: testCreditCode('51', 13),
  })).json().id;

  // An activity of the dance troupe held this period, with two people attended and one who did not come.
  const published = await org.post('/api/activities', {
    title: '广场舞公益教学', serviceType: 'culture', jurisdictionCode: '441802006001', address: '高基里社区文化广场',
    startsAt: new Date(now.getTime() + 86_400_000).toISOString(), endsAt: new Date(now.getTime() + 90_000_000).toISOString(), capacity: 30,
    hostType: 'organization', hostId: ids.dance,
  });
  if (published.statusCode !== 200) throw new Error(published.body);
  const activity = published.json().id as string;
  const db = t.services.database.db;
  const start = new Date(Math.max(reportPeriod(current).start.getTime() + 3_600_000, now.getTime() - 3_600_000));
  await db.update(volunteerActivities).set({ startsAt: start, endsAt: new Date(start.getTime() + 1_800_000) })
    .where(and(eq(volunteerActivities.id, activity), inScope(systemScope, volunteerActivities)));
  for (const status of ['confirmed', 'attended', 'no_show'] as const) {
    await db.insert(activitySignups).values({
      districtCode: '441802', activityId: activity, jurisdictionCode: '441802006001', volunteerId: crypto.randomUUID(), volunteerDistrictCode: '441802', status,
    });
  }
});
afterAll(async () => { await t?.close(); });

describe('work reports to the 两委 (定期报告)', () => {
  it('offers the running period and the three before it, of the kind in force', async () => {
    const periods = (await org.get('/api/work-reports/periods')).json();
    expect(periods.kind).toBe('half_year');
    expect(periods.periods.map((p: { period: string }) => p.period)).toEqual([current, lastEndedReportPeriod(now, 'half_year'), expect.any(String), expect.any(String)]);
    expect(periods.lastEnded).toBe(lastEndedReportPeriod(now, 'half_year'));
    expect(periods.periods[0]).toEqual({ period: current, label: currentLabel, dueOn: reportDueOn(current, 15) });
  });

  it('prefills what the platform knows of the period', async () => {
    const prefill = (await org.get(`/api/organizations/${ids.dance}/work-report-prefill/${current}`)).json();
    expect(prefill).toMatchObject({ organizationName: '高基里社区夕阳红舞蹈队', period: current, periodLabel: currentLabel, existing: null, activitiesHeld: 1, participants: 2 });
    expect(prefill.activities).toEqual([expect.objectContaining({ title: '广场舞公益教学', participants: 2 })]);
    expect((await org.get(`/api/organizations/${ids.choir}/work-report-prefill/${current}`)).json()).toMatchObject({ activitiesHeld: 0, participants: 0, activities: [] });
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const bad = await org.post('/api/work-reports', { ...report, organizationId: ids.dance, period: '2026-1', activitiesHeld: -1, fundsInFen: 12.5, summary: ' ' });
    expect(bad.statusCode).toBe(400);
    expect(errors(bad).map((e) => e.path).sort()).toEqual(['activitiesHeld', 'fundsInFen', 'period', 'summary']);
    expect(errors(bad).find((e) => e.path === 'period')!.message).toBe('期间应写作“2026H1”（半年）、“2026Q3”（季度）或“2026”（年度）');
    const quarter = await org.post('/api/work-reports', { ...report, organizationId: ids.dance, period: `${current.slice(0, 4)}Q1` });
    expect(errors(quarter)).toEqual([{ path: 'period', message: '本平台当前按半年报告工作，请选择相应的期间' }]);
    const future = await org.post('/api/work-reports', { ...report, organizationId: ids.dance, period: nextPeriod });
    expect(errors(future)).toEqual([{ path: 'period', message: '该期间尚未开始，不能报告' }]);
    expect(await rows()).toEqual([]);
  });

  it('refuses the wrong role with 403 and an organization out of reach with 404', async () => {
    expect((await committee.post('/api/work-reports', { ...report, organizationId: ids.dance, period: current })).statusCode).toBe(403);
    expect((await street.post('/api/work-reports', { ...report, organizationId: ids.dance, period: current })).statusCode).toBe(403);
    expect((await org.post('/api/work-reports', { ...report, organizationId: ids.dongcheng, period: current })).statusCode).toBe(404);
    expect((await org.get(`/api/organizations/${ids.dongcheng}/work-report-prefill/${current}`)).statusCode).toBe(404);
    expect(await rows()).toEqual([]);
  });

  it('lets the leader report once; the committee hears of it', async () => {
    const submitted = await org.post('/api/work-reports', { ...report, organizationId: ids.dance, period: current });
    expect(submitted.statusCode).toBe(200);
    ids.report = submitted.json().id;
    expect(submitted.json()).toEqual({ id: ids.report, state: 'submitted' });
    const again = await org.post('/api/work-reports', { ...report, organizationId: ids.dance, period: current });
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('该组织本期的工作报告已经报送，如需补充请等待社区退回');
    expect(await notificationTitles(committee)).toContain(`高基里社区夕阳红舞蹈队报送了${currentLabel}工作报告，请阅知`);
    expect((await org.get(`/api/organizations/${ids.dance}/work-report-prefill/${current}`)).json().existing).toEqual({ id: ids.report, state: 'submitted' });
  });

  it('lists reports by scope and filters, and exports them', async () => {
    const list = (await committee.get(`/api/work-reports?period=${current}`)).json();
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(list.items[0]).toMatchObject({
      id: ids.report, organizationName: '高基里社区夕阳红舞蹈队', placeName: '高基里社区', periodLabel: currentLabel, state: 'submitted', fundsInFen: 320000, fundsOutFen: 287550,
    });
    expect((await street.get('/api/work-reports?state=submitted&jurisdictionCode=441802006001')).json().total).toBe(1);
    expect((await street.get('/api/work-reports?state=acknowledged')).json().total).toBe(0);
    expect((await bureau.get('/api/work-reports')).json().total).toBe(1);
    expect((await street2.get('/api/work-reports')).json().total).toBe(0);
    expect((await street2.get('/api/work-reports?jurisdictionCode=441802006001')).statusCode).toBe(403);
    const exported = await street.get('/api/work-reports?format=xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toContain('组织名称');
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['高基里社区夕阳红舞蹈队', '待阅知', 3200, 2875.5]));
  });

  it('shows the report to whom it concerns only', async () => {
    const detail = (await committee.get(`/api/work-reports/${ids.report}`)).json();
    expect(detail).toMatchObject({ summary: report.summary, plans: report.plans, actions: ['acknowledge', 'return'] });
    expect((await org.get(`/api/work-reports/${ids.report}`)).json().actions).toEqual([]);
    expect((await street2.get(`/api/work-reports/${ids.report}`)).statusCode).toBe(404);
    expect((await (await t.login('volunteer')).get(`/api/work-reports/${ids.report}`)).statusCode).toBe(403);
  });

  it('returns a report for more with a note; the leader amends and resubmits', async () => {
    const noNote = await committee.post(`/api/work-reports/${ids.report}/review`, { action: 'return' });
    expect(errors(noNote)).toEqual([{ path: 'note', message: '退回补充时请说明需要补充的内容' }]);
    expect((await street.post(`/api/work-reports/${ids.report}/review`, { action: 'acknowledge' })).statusCode).toBe(403);
    const otherCommittee = await newStaff(t, admin, { username: 'wr.baimiao', role: 'committee', jurisdictionCode: '441802007001' });
    expect((await otherCommittee.post(`/api/work-reports/${ids.report}/review`, { action: 'acknowledge' })).statusCode).toBe(404);
    const otherDistrict = await newStaff(t, admin, { username: 'wr.qingxin', role: 'bureau', jurisdictionCode: '441803' });
    expect((await otherDistrict.get(`/api/work-reports/${ids.report}`)).statusCode).toBe(404);
    expect((await org.put(`/api/work-reports/${ids.report}`, report)).statusCode).toBe(409);

    const returned = await committee.post(`/api/work-reports/${ids.report}/review`, { action: 'return', note: '请补充经费支出明细' });
    expect(returned.json()).toEqual({ id: ids.report, state: 'returned' });
    expect((await committee.post(`/api/work-reports/${ids.report}/review`, { action: 'acknowledge' })).statusCode).toBe(409);
    expect(await notificationTitles(org)).toContain(`${currentLabel}工作报告被退回补充`);
    expect((await org.get(`/api/work-reports/${ids.report}`)).json()).toMatchObject({ state: 'returned', reviewNote: '请补充经费支出明细', actions: ['amend'] });

    const badAmend = await org.put(`/api/work-reports/${ids.report}`, { ...report, plans: '' });
    expect(errors(badAmend).map((e) => e.path)).toEqual(['plans']);
    const amended = await org.put(`/api/work-reports/${ids.report}`, { ...report, summary: `${report.summary}\n经费支出：服装 1500 元，音响 1375.5 元。` });
    expect(amended.json()).toEqual({ id: ids.report, state: 'submitted' });
    expect(await notificationTitles(committee)).toContain(`高基里社区夕阳红舞蹈队补充后重新报送了${currentLabel}工作报告，请阅知`);
  });

  it('acknowledges: the report goes to the archive and the timeline, and the leader hears', async () => {
    const acknowledged = await committee.post(`/api/work-reports/${ids.report}/review`, { action: 'acknowledge' });
    expect(acknowledged.json()).toEqual({ id: ids.report, state: 'acknowledged' });
    expect((await org.put(`/api/work-reports/${ids.report}`, report)).statusCode).toBe(409);
    const db = t.services.database.db;
    const [archived] = await db.select().from(archiveDocuments).where(and(eq(archiveDocuments.organizationId, ids.dance), eq(archiveDocuments.docType, 'report'), inScope(systemScope, archiveDocuments)));
    expect(archived.title).toBe(`${currentLabel}工作报告`);
    expect(archived.snapshot).toMatchObject({ title: `高基里社区夕阳红舞蹈队${currentLabel}工作报告`, addressee: '高基里社区“两委”：', issuer: '高基里社区夕阳红舞蹈队' });
    expect((archived.snapshot as { fields: string[][] }).fields).toContainEqual(['支出', '2875.50 元']);
    const events = await db.select().from(organizationEvents).where(and(eq(organizationEvents.organizationId, ids.dance), inScope(systemScope, organizationEvents)));
    expect(events.map((e) => e.kind)).toEqual(['workReports.submitted', 'workReports.returned', 'workReports.submitted', 'workReports.acknowledged']);
    expect(events[3].details).toEqual({ period: currentLabel });
    expect(await notificationTitles(org)).toContain(`${currentLabel}工作报告已经高基里社区“两委”阅知`);
    const pdf = await org.get(`/api/organizations/${ids.dance}/archive/${archived.id}/file`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('lists the organizations that have not reported, in the actor\'s scope', async () => {
    const missing = (await committee.get(`/api/work-reports/missing?period=${current}`)).json();
    expect(missing).toMatchObject({ period: current, periodLabel: currentLabel, dueOn: reportDueOn(current, 15), overdue: false, total: 1 });
    expect(missing.items).toEqual([{ organizationId: ids.choir, organizationName: '高基里社区合唱团', jurisdictionCode: '441802006001', placeName: '高基里社区' }]);
    expect((await street2.get(`/api/work-reports/missing?period=${current}`)).json().items.map((o: { organizationName: string }) => o.organizationName)).toEqual(['东门社区文化促进会']);
    expect((await bureau.get(`/api/work-reports/missing?period=${current}`)).json().total).toBe(2);
    expect((await org.get(`/api/work-reports/missing?period=${current}`)).json().total).toBe(1);
    // Organizations filed today did not exist in the last ended period: nothing is owed for it.
    expect((await committee.get('/api/work-reports/missing')).json()).toMatchObject({ period: lastEndedReportPeriod(now, 'half_year'), total: 0 });
    expect((await street2.get('/api/work-reports/missing?jurisdictionCode=441802006001')).statusCode).toBe(403);
    expect((await (await t.login('hub')).get('/api/work-reports/missing')).statusCode).toBe(403);
  });

  it('reminds the leaders of organizations without a report once, after the due date', async () => {
    const dueOn = reportDueOn(current, 15);
    const beforeDue = new Date(`${dueOn}T10:00:00+08:00`);
    expect(await remindWorkReports(t.services, beforeDue)).toEqual({ reminded: 0 });
    const afterDue = new Date(beforeDue.getTime() + 86_400_000);
    expect(await remindWorkReports(t.services, afterDue)).toEqual({ reminded: 2 });
    expect(await remindWorkReports(t.services, afterDue)).toEqual({ reminded: 0 });
    const titles = await notificationTitles(org);
    expect(titles.filter((title) => title.startsWith('高基里社区合唱团尚未向社区“两委”报告'))).toEqual([
      `高基里社区合唱团尚未向社区“两委”报告${currentLabel}工作（应于 ${dueOn} 前报送），请尽快填报`,
    ]);
    expect(titles.some((title) => title.startsWith('高基里社区夕阳红舞蹈队尚未'))).toBe(false);
    // The organization the bureau recorded has no leader account: nobody else hears of it.
    expect((await notificationTitles(bureau)).some((title) => title.includes('东门社区文化促进会'))).toBe(false);
  });
});
