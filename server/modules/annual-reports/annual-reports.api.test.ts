import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { fileNewOrganization } from '../filings/filing-fixtures';
import { newStaff } from '../hub-ledgers/ledger-fixtures';
import { backdateFiling, reportContent, submitAnnualReport } from './annual-report-fixtures';
import { remindAnnualReports } from './remind-annual-reports.job';

let t: TestApp;
let org: TestClient;
let committee: TestClient;
let street: TestClient;
let street2: TestClient;
let bureau: TestClient;
let admin: TestClient;
let dance: string;
let chess: string;
const lastYear = new Date().getFullYear() - 1;
beforeAll(async () => {
  t = await createTestApp();
  [org, committee, street, street2, bureau, admin] = await Promise.all(['org', 'committee', 'street', 'street2', 'bureau', 'admin'].map((u) => t.login(u)));
  dance = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区夕阳红舞蹈队' })).organizationId;
  chess = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区象棋协会', category: 'culture_sports' })).organizationId;
  await backdateFiling(t, dance);
  await backdateFiling(t, chess);
});
afterAll(async () => { await t?.close(); });

const form = (organizationId: string, year = lastYear) => `/api/organizations/${organizationId}/annual-reports/${year}`;
const messages = (response: { json(): { errors: { path: string; message: string }[] } }) => response.json().errors;

describe('annual reports (年报)', () => {
  let report: string;

  it('opens prefilled from the roster, saves, submits to the street, which accepts; the portal publishes the public part', async () => {
    const opened = (await org.get(form(dance))).json();
    expect(opened.report).toBeNull();
    expect(opened.prefill.members).toMatchObject({ count: 10, joined: 0, left: 0, leaderChanged: false });
    expect(opened.prefill.partyBuilding.partyMembers).toBe(3);

    const saved = await org.put(form(dance), { content: reportContent() });
    expect(saved.statusCode).toBe(200);
    report = saved.json().id;
    expect(saved.json()).toMatchObject({ year: lastYear, state: 'draft', organizationName: '高基里社区夕阳红舞蹈队', dueOn: `${lastYear + 1}-05-31` });
    expect(saved.json().actions.map((a: { action: string }) => a.action)).toEqual(['submit']);
    // A draft is the organization's own: staff see it once submitted.
    expect((await street.get('/api/annual-reports')).json().total).toBe(0);

    const submitted = await org.post(`/api/annual-reports/${report}/transitions`, { action: 'submit' });
    expect(submitted.json()).toMatchObject({ state: 'submitted', reviewerLevel: 'street' });
    expect((await org.put(form(dance), { content: reportContent() })).statusCode).toBe(409);

    const todo = (await street.get('/api/annual-reports?todo=true')).json();
    expect(todo.items.map((r: { id: string }) => r.id)).toEqual([report]);
    expect(todo.items[0].actions.map((a: { action: string }) => a.action)).toEqual(['accept', 'return']);
    expect((await bureau.get('/api/annual-reports?todo=true')).json().total).toBe(0);

    const returned = await street.post(`/api/annual-reports/${report}/transitions`, { action: 'return' });
    expect(messages(returned)).toEqual([{ path: 'opinion', message: expect.any(String) }]);
    expect((await street.post(`/api/annual-reports/${report}/transitions`, { action: 'return', opinion: '请补充支出明细' })).json().state).toBe('returned');
    await org.put(form(dance), { content: reportContent({ disclosures: '收支明细每季度公开，年度审计报告在公告栏公开' }) });
    await org.post(`/api/annual-reports/${report}/transitions`, { action: 'submit' });
    const accepted = await street.post(`/api/annual-reports/${report}/transitions`, { action: 'accept', opinion: '材料齐全，审查通过' });
    expect(accepted.json()).toMatchObject({ state: 'accepted', reviewNote: '材料齐全，审查通过', late: true });

    const publicPage = (await t.anonymous.get(`/api/public/organizations/${dance}`)).json();
    expect(publicPage.annualReports).toEqual([{
      year: lastYear, activities: { count: 24, participants: 560, highlights: expect.stringContaining('重阳节') },
      finances: { incomeFen: 360_000, expenseFen: 285_050, netAssetsFen: 74_950 }, members: { count: 12 },
      partyBuilding: { organization: '纳入社区党支部联系' }, disclosures: '收支明细每季度公开，年度审计报告在公告栏公开',
    }]);
    const archive = (await street.get(`/api/organizations/${dance}/archive`)).json();
    expect(JSON.stringify(archive)).toContain(`${lastYear} 年度报告`);
    const timeline = (await org.get(`/api/organizations/${dance}/timeline`)).json().items.map((e: { kind: string }) => e.kind);
    expect(timeline).toEqual(['annualReports.accepted', 'annualReports.submitted', 'annualReports.returned', 'annualReports.submitted']);
    const cases = (await street.get(`/api/cases/annual_report/${report}/timeline`)).json().items.map((s: { action: string }) => s.action);
    expect(cases).toEqual(['submit', 'return', 'submit', 'accept']);
  });

  it('lists who has not filed, and exports both lists', async () => {
    const missing = (await street.get(`/api/annual-reports/missing?year=${lastYear}`)).json();
    expect(missing).toMatchObject({ year: lastYear, dueOn: `${lastYear + 1}-05-31`, total: 1 });
    expect(missing.items[0]).toMatchObject({ organizationId: chess, organizationName: '高基里社区象棋协会', placeName: '高基里社区', streetName: '凤城街道' });
    expect((await street2.get(`/api/annual-reports/missing?year=${lastYear}`)).json().total).toBe(0);
    expect((await org.get(`/api/annual-reports/missing?year=${lastYear}`)).json().total).toBe(1);

    const xlsx = await street.get(`/api/annual-reports?format=xlsx&year=${lastYear}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const row = workbook.getWorksheet('年报')!.getRow(2);
    expect([row.getCell(1).value, row.getCell(4).value, row.getCell(5).value, row.getCell(10).value]).toEqual(['高基里社区夕阳红舞蹈队', lastYear, '审查通过', 3600]);
  });

  it('reminds inside the window once, and after the due date puts the organization on the abnormal list once', async () => {
    const inWindow = new Date(`${lastYear + 1}-05-20T02:00:00Z`);
    expect(await remindAnnualReports(t.services, inWindow)).toEqual({ reminded: 1, listed: 0 });
    expect(await remindAnnualReports(t.services, inWindow)).toEqual({ reminded: 0, listed: 0 });
    const notices = (await org.get('/api/notifications')).json().items.map((n: { title: string }) => n.title);
    expect(notices).toContain(`请在 ${lastYear + 1}-05-31 前报送高基里社区象棋协会 ${lastYear} 年度报告`);

    const afterDue = new Date(`${lastYear + 1}-06-03T02:00:00Z`);
    expect(await remindAnnualReports(t.services, afterDue)).toEqual({ reminded: 0, listed: 1 });
    expect(await remindAnnualReports(t.services, afterDue)).toEqual({ reminded: 0, listed: 0 });
    const [entry] = (await street.get('/api/credit-lists')).json().items;
    expect(entry).toMatchObject({
      organizationId: chess, list: 'abnormal', cause: 'missed_annual_report', causeOn: `${lastYear + 1}-06-01`, enteredOn: `${lastYear + 1}-06-03`,
      authorityName: '凤城街道办事处', enteredLate: false, reason: `未在 ${lastYear + 1}-05-31 前报送 ${lastYear} 年度报告`,
    });
  });

  it('refuses bad input, wrong years, wrong roles and reviewers, writing nothing', async () => {
    const bad = await org.put(form(chess), { content: reportContent({ activities: { count: -1, participants: 1, highlights: '' }, members: { count: 1, joined: 0, left: 0, leaderChanged: true } }) });
    expect(bad.statusCode).toBe(400);
    expect(messages(bad).map((e) => e.path).sort()).toEqual(['content.activities.count', 'content.activities.highlights', 'content.members.leaderChange']);
    expect(messages(bad).find((e) => e.path === 'content.members.leaderChange')!.message).toBe('负责人有变动时，请说明变动情况');
    expect(messages(await org.put(form(chess, lastYear + 1), { content: reportContent() }))).toEqual([{ path: 'year', message: `可填报的年度为 ${lastYear} 至 ${lastYear} 年` }]);
    expect((await org.get(form(chess))).json().report).toBeNull();

    const { id } = await submitAnnualReport(org, chess, lastYear);
    expect((await bureau.post(`/api/annual-reports/${id}/transitions`, { action: 'accept' })).statusCode).toBe(403);
    expect((await committee.post(`/api/annual-reports/${id}/transitions`, { action: 'accept' })).statusCode).toBe(403);
    expect((await org.post(`/api/annual-reports/${id}/transitions`, { action: 'accept' })).statusCode).toBe(403);
    expect((await street.post(`/api/annual-reports/${id}/transitions`, { action: 'submit' })).statusCode).toBe(409);
    expect((await street.get(`/api/annual-reports/${id}`)).json().state).toBe('submitted');
    const refusals = (await admin.get('/api/audit-logs?action=annual_report.accept&pageSize=50')).json().items.filter((a: { outcome: string }) => a.outcome === 'denied');
    expect(refusals.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps other streets, districts and roles out', async () => {
    const [any] = (await street.get('/api/annual-reports')).json().items;
    expect((await t.anonymous.get('/api/annual-reports')).statusCode).toBe(401);
    for (const username of ['volunteer', 'reviewer']) {
      const client = await t.login(username);
      expect((await client.get('/api/annual-reports')).statusCode).toBe(403);
      expect((await client.get(`/api/annual-reports/${any.id}`)).statusCode).toBe(403);
    }
    expect((await street.put(form(chess), { content: reportContent() })).statusCode).toBe(403);
    expect((await street2.get(`/api/annual-reports/${any.id}`)).statusCode).toBe(404);
    expect((await street2.post(`/api/annual-reports/${any.id}/transitions`, { action: 'accept' })).statusCode).toBe(404);
    expect((await street2.get('/api/annual-reports?jurisdictionCode=441802006')).statusCode).toBe(403);
    const qingxin = await newStaff(t, admin, { username: 'qx.street', role: 'street', jurisdictionCode: '441803102' });
    expect((await qingxin.get(`/api/annual-reports/${any.id}`)).statusCode).toBe(404);
    expect((await qingxin.get(form(dance))).statusCode).toBe(404);
  });
});
