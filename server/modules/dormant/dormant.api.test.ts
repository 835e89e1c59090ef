import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, shanghaiDate, shanghaiYear } from '../../platform/dates';
import { inScope, systemScope } from '../../platform/policy/policy';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { fileNewOrganization } from '../filings/filing-fixtures';
import { filings } from '../filings/filings.tables';
import { testCreditCode } from '../hub-ledgers/ledger-fixtures';
import { organizationEvents } from '../org-timeline/org-timeline.tables';
import { supervisionNotices } from '../spot-checks/spot-checks.tables';
import { contactAttempts, dormantProposals } from './dormant.tables';
import { proposeDormantOrganizations } from './propose-dormant.job';

let t: TestApp;
let admin: TestClient;
let bureau: TestClient;
let street: TestClient;
let street2: TestClient;
let committee: TestClient;
let org: TestClient;
const ids: Record<string, string> = {};
const today = shanghaiDate(new Date());
const year = shanghaiYear(new Date());
/** The clock a year on, and two years on: the last day of the year after next, when two years' reports are past due. */
const oneYearOn = new Date(`${year + 1}-12-31T04:00:00Z`);
const twoYearsOn = new Date(`${year + 2}-12-31T04:00:00Z`);

type Proposal = { id: string; organizationId: string; state: string; criteria: { criterion: string; detail: string }[]; followUpId: string | null; decisionNote: string | null };

const db = () => t.services.database.db;
const proposalsOf = async (organizationId: string) =>
  db().select().from(dormantProposals).where(and(eq(dormantProposals.organizationId, organizationId), inScope(systemScope, dormantProposals)));
const criteriaOf = async (organizationId: string) => (await proposalsOf(organizationId)).flatMap((p) => p.criteria.map((c) => c.criterion)).sort();
const fieldPaths = (body: string) => (JSON.parse(body).errors as { path: string; message: string }[]).map((e) => e.path);
const notificationTitles = async (client: TestClient) => (await client.get('/api/notifications?pageSize=100')).json().items.map((n: { title: string }) => n.title) as string[];
const events = async (organizationId: string) =>
  (await db().select().from(organizationEvents).where(and(eq(organizationEvents.organizationId, organizationId), inScope(systemScope, organizationEvents)))).map((e) => e.kind);
const openProposalId = async (organizationId: string) => (await proposalsOf(organizationId)).find((p) => p.state === 'proposed')!.id;
const attempt = (client: TestClient, organizationId: string, body: Record<string, unknown>) =>
  client.post(`/api/organizations/${organizationId}/contact-attempts`, { attemptedOn: today, channel: 'phone', reached: false, ...body });

beforeAll(async () => {
  t = await createTestApp();
  [admin, bureau, street, street2, committee, org] = await Promise.all(['admin', 'bureau', 'street', 'street2', 'committee', 'org'].map((u) => t.login(u)));
  const file = async (name: string) => (await fileNewOrganization(t, { org, committee, street }, { name, category: 'culture_sports' })).organizationId;
  ids.dance = await file('高基里社区夕阳红舞蹈队');
  ids.square = await file('高基里社区广场舞队');
  ids.choir = await file('高基里社区合唱团');
  ids.chess = await file('高基里社区象棋队');
  const registered = await bureau.post('/api/organizations/registered', {
    name: '鹤堂社区志愿者协会', category: 'service', jurisdictionCode: '441802006002', leaderName: '陈建国', memberCount: 20, creditCode: testCreditCode('51', 41),
  });
  ids.association = registered.json().id;
  // The choir reports its work now: activity in its first year.
  const report = await org.post('/api/work-reports', {
    organizationId: ids.choir, period: (await org.get('/api/work-reports/periods')).json().periods[0].period,
    activitiesHeld: 6, participants: 80, fundsInFen: 0, fundsOutFen: 0, summary: '每周排练两次，参加社区文艺汇演。', plans: '继续排练，筹备新年演出。',
  });
  expect(report.statusCode).toBe(200);
}, 120_000);

afterAll(async () => t?.close());

describe('contact attempts', () => {
  it('records an attempt by committee or street, on the timeline, and refuses a future date, a bad channel, others\' organizations and leaders', async () => {
    const future = await attempt(committee, ids.square, { attemptedOn: addDays(today, 1), channel: 'fax' });
    expect(future.statusCode).toBe(400);
    expect(fieldPaths(future.body).sort()).toEqual(['channel']);
    const tomorrow = await attempt(committee, ids.square, { attemptedOn: addDays(today, 1) });
    expect(tomorrow.statusCode).toBe(400);
    expect(tomorrow.json().errors).toEqual([expect.objectContaining({ path: 'attemptedOn', message: '日期不能晚于今天' })]);
    expect((await attempt(street2, ids.square, {})).statusCode).toBe(404);
    expect((await attempt(org, ids.square, {})).statusCode).toBe(403);
    expect(await db().select().from(contactAttempts).where(inScope(systemScope, contactAttempts))).toHaveLength(0);

    const first = await attempt(committee, ids.square, { note: '登记电话无人接听' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual(expect.objectContaining({ unreachable: false, items: [expect.objectContaining({ channel: 'phone', reached: false, note: '登记电话无人接听' })] }));
    expect(await events(ids.square)).toContain('dormant.contactAttempt');
  });

  it('makes an organization unreachable when its latest attempts all failed, and only then proposes it', async () => {
    await proposeDormantOrganizations(t.services);
    expect(await proposalsOf(ids.square)).toHaveLength(0);

    const second = await attempt(street, ids.square, { channel: 'visit', note: '登记地址无人' });
    expect(second.json().unreachable).toBe(true);
    await proposeDormantOrganizations(t.services);
    expect(await criteriaOf(ids.square)).toEqual(['unreachable']);
    expect((await proposalsOf(ids.square))[0].criteria[0].detail).toContain('最近 2 次联系均未联系上');
    expect((await notificationTitles(street)).some((title) => title.includes('高基里社区广场舞队') && title.includes('僵尸型'))).toBe(true);
    expect(await events(ids.square)).toContain('dormant.proposed');
  });
});

describe('the daily proposal', () => {
  it('proposes none of the new organizations today', async () => {
    await proposeDormantOrganizations(t.services);
    for (const id of [ids.dance, ids.choir, ids.chess, ids.association]) expect(await proposalsOf(id)).toHaveLength(0);
  });

  it('a year on: no activity in the first year, but not yet two missed reports', async () => {
    await proposeDormantOrganizations(t.services, oneYearOn);
    expect(await criteriaOf(ids.dance)).toEqual(['inactive_after_filing']);
    expect(await proposalsOf(ids.choir)).toHaveLength(0);
  });

  it('two years on: two missed reports (added to the open proposal), no activity since the set date; one open proposal each', async () => {
    expect((await admin.put('/api/settings/dormant.inactiveSince', { value: addDays(today, 1) })).statusCode).toBe(204);
    await proposeDormantOrganizations(t.services, twoYearsOn);
    await proposeDormantOrganizations(t.services, twoYearsOn);
    await admin.put('/api/settings/dormant.inactiveSince', { value: '' });

    const dance = await proposalsOf(ids.dance);
    expect(dance).toHaveLength(1);
    expect(dance[0].criteria.map((c) => c.criterion)).toEqual(['inactive_after_filing', 'missed_annual_reports', 'inactive_since']);
    expect(dance[0].criteria[1].detail).toBe(`连续两年未报送年度报告（${year}、${year + 1} 年度）`);
    expect(await events(ids.dance)).toContain('dormant.criteriaAdded');
    expect(await criteriaOf(ids.choir)).toEqual(['inactive_since', 'missed_annual_reports']);
    expect(await criteriaOf(ids.square)).toEqual(['inactive_after_filing', 'inactive_since', 'missed_annual_reports', 'unreachable']);
    expect(await criteriaOf(ids.association)).toEqual(['inactive_after_filing', 'inactive_since', 'missed_annual_reports']);
    expect((await notificationTitles(bureau)).some((title) => title.includes('鹤堂社区志愿者协会'))).toBe(true);
  });

  it('lists the proposals in the actor\'s subtree, filtered, and exports them', async () => {
    const list = await street.get('/api/dormant-proposals?state=proposed&pageSize=50');
    expect(list.statusCode).toBe(200);
    const names = list.json().items.map((p: { organizationName: string }) => p.organizationName);
    expect(names).toEqual(expect.arrayContaining(['高基里社区夕阳红舞蹈队', '高基里社区合唱团', '鹤堂社区志愿者协会']));
    const place = (await street.get('/api/dormant-proposals?jurisdictionCode=441802006002')).json().items;
    expect(place.map((p: { organizationName: string }) => p.organizationName)).toEqual(['鹤堂社区志愿者协会']);
    expect((await street.get('/api/dormant-proposals?jurisdictionCode=441802007')).statusCode).toBe(403);
    expect((await street2.get('/api/dormant-proposals')).json().total).toBe(0);
    expect((await committee.get('/api/dormant-proposals')).statusCode).toBe(403);
    const sheet = await bureau.get('/api/dormant-proposals?format=xlsx');
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['content-type']).toContain('spreadsheetml');
  });
});

describe('deciding', () => {
  it('refuses a wrong role, another street, the wrong level and bad input, writing nothing', async () => {
    const id = await openProposalId(ids.square);
    const rectify = { decision: 'rectify', note: '限期恢复活动并补报年报', deadline: addDays(today, 30) };
    expect((await committee.post(`/api/dormant-proposals/${id}/decision`, rectify)).statusCode).toBe(403);
    expect((await org.post(`/api/dormant-proposals/${id}/decision`, rectify)).statusCode).toBe(403);
    expect((await street2.post(`/api/dormant-proposals/${id}/decision`, rectify)).statusCode).toBe(404);
    const bureauOnFiled = await bureau.post(`/api/dormant-proposals/${id}/decision`, rectify);
    expect(bureauOnFiled.statusCode).toBe(403);
    expect(bureauOnFiled.json().detail).toBe('备案组织由街道决定，依法登记的组织由民政局决定');
    expect((await street.post(`/api/dormant-proposals/${await openProposalId(ids.association)}/decision`, { decision: 'dismissed', note: '误报' })).statusCode).toBe(403);

    const bad = await street.post(`/api/dormant-proposals/${id}/decision`, { decision: 'close', note: '' });
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.body).sort()).toEqual(['decision', 'note']);
    const noDeadline = await street.post(`/api/dormant-proposals/${id}/decision`, { decision: 'rectify', note: '限期整改' });
    expect(noDeadline.statusCode).toBe(400);
    expect(noDeadline.json().errors).toEqual([expect.objectContaining({ path: 'deadline', message: '限期整改须写明整改期限' })]);
    expect(await db().select().from(supervisionNotices).where(inScope(systemScope, supervisionNotices))).toHaveLength(0);
    expect((await proposalsOf(ids.square))[0].state).toBe('proposed');
  });

  it('rectify: issues a rectification notice with the deadline, archives the decision, tells the leaders', async () => {
    const id = await openProposalId(ids.square);
    const deadline = addDays(today, 30);
    const response = await street.post(`/api/dormant-proposals/${id}/decision`, { decision: 'rectify', note: '限期恢复活动并补报年报', deadline });
    expect(response.statusCode).toBe(200);
    const decided: Proposal = response.json();
    expect(decided.state).toBe('rectify');
    const [notice] = await db().select().from(supervisionNotices).where(and(eq(supervisionNotices.id, decided.followUpId!), inScope(systemScope, supervisionNotices)));
    expect(notice).toEqual(expect.objectContaining({ organizationId: ids.square, kind: 'rectification', deadline, state: 'open' }));
    expect(notice.problems).toContain('最近 2 次联系均未联系上');
    const archive = (await street.get(`/api/organizations/${ids.square}/archive`)).json().groups as { docType: string }[];
    expect(archive.map((g) => g.docType)).toEqual(expect.arrayContaining(['dormant_decision', 'supervision_notice']));
    expect(await events(ids.square)).toContain('dormant.decided');
    expect((await notificationTitles(org)).some((title) => title.includes('高基里社区广场舞队') && title.includes('限期整改'))).toBe(true);

    const again = await street.post(`/api/dormant-proposals/${id}/decision`, { decision: 'dismissed', note: '误报' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('该清理建议已作出决定');
  });

  it('deregister a filed organization: opens its revocation case with the criteria as cause', async () => {
    const response = await street.post(`/api/dormant-proposals/${await openProposalId(ids.dance)}/decision`, { decision: 'deregister', note: '两年无活动，联系负责人同意注销' });
    expect(response.statusCode).toBe(200);
    const decided: Proposal = response.json();
    expect(decided.state).toBe('deregister');
    const [revocation] = await db().select().from(filings).where(and(eq(filings.id, decided.followUpId!), inScope(systemScope, filings)));
    expect(revocation).toEqual(expect.objectContaining({ organizationId: ids.dance, kind: 'revocation', state: 'draft' }));
    expect(JSON.stringify(revocation.details)).toContain('连续两年未报送年度报告');
  });

  it('deregister a registered organization: the bureau records the decision only', async () => {
    const response = await bureau.post(`/api/dormant-proposals/${await openProposalId(ids.association)}/decision`, { decision: 'deregister', note: '移交登记管理机关办理注销登记' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(expect.objectContaining({ state: 'deregister', followUpId: null, decisionNote: '移交登记管理机关办理注销登记' }));
  });

  it('reactivate and dismiss are recorded', async () => {
    const reactivated = await street.post(`/api/dormant-proposals/${await openProposalId(ids.choir)}/decision`, { decision: 'reactivate', note: '已提交活动照片和台账，恢复正常活动' });
    expect(reactivated.json()).toEqual(expect.objectContaining({ state: 'reactivate', followUpId: null }));
    await proposeDormantOrganizations(t.services, twoYearsOn);
    const chess = await street.post(`/api/dormant-proposals/${await openProposalId(ids.chess)}/decision`, { decision: 'dismissed', note: '年报已线下报送，系统未录入' });
    expect(chess.json().state).toBe('dismissed');
    expect(await events(ids.chess)).toContain('dormant.decided');
  });
});
