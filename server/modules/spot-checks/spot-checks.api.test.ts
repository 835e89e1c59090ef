import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate, shanghaiYear } from '../../platform/dates';
import { inScope, systemScope } from '../../platform/policy/policy';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { pdfText } from '../../test/documents';
import { fileNewOrganization } from '../filings/filing-fixtures';
import { addDays } from '../../platform/dates';
import { newStaff, testCreditCode } from '../hub-ledgers/ledger-fixtures';
import { organizationEvents } from '../org-timeline/org-timeline.tables';
import { spotCheckDraws, spotChecks, supervisionNotices } from './spot-checks.tables';
import { markOverdueRectifications } from './mark-overdue-rectifications.job';
import { unfixedRectifications } from './unfixed-rectifications';

let t: TestApp;
let admin: TestClient;
let bureau: TestClient;
let city: TestClient;
let street: TestClient;
let street2: TestClient;
let committee: TestClient;
let org: TestClient;
let otherBureau: TestClient;
const ids: Record<string, string> = {};
const today = shanghaiDate(new Date());
const year = shanghaiYear(new Date());

type Check = { id: string; organizationId: string; organizationName: string; state: string; inspectors: { id: string; name: string }[] };
type Draw = { id: string; seed: string; sharePercent: number; populationCount: number; drawnCount: number; checks: Check[]; verification: { reproduces: boolean; checksMatch: boolean; populationMatches: boolean } };

const db = () => t.services.database.db;
const count = async (table: typeof spotCheckDraws | typeof supervisionNotices) => (await db().select().from(table).where(inScope(systemScope, table))).length;
const fieldPaths = (body: string) => (JSON.parse(body).errors as { path: string; message: string }[]).map((e) => e.path);
const notificationTitles = async (client: TestClient) => (await client.get('/api/notifications?pageSize=100')).json().items.map((n: { title: string }) => n.title) as string[];
const archiveTypes = async (organizationId: string) =>
  ((await bureau.get(`/api/organizations/${organizationId}/archive`)).json().groups as { docType: string; entries: { title: string }[] }[]);
const events = async (organizationId: string) =>
  (await db().select().from(organizationEvents).where(and(eq(organizationEvents.organizationId, organizationId), inScope(systemScope, organizationEvents)))).map((e) => e.kind);

async function registered(name: string, jurisdictionCode: string, n: number) {
  const response = await bureau.post('/api/organizations/registered', { name, category: 'service', jurisdictionCode, leaderName: '陈建国', memberCount: 20, creditCode: testCreditCode('51', n) });
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json().id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  [admin, bureau, city, street, street2, committee, org] = await Promise.all(['admin', 'bureau', 'city', 'street', 'street2', 'committee', 'org'].map((u) => t.login(u)));
  const file = async (name: string) => (await fileNewOrganization(t, { org, committee, street }, { name, category: 'culture_sports' })).organizationId;
  ids.dance = await file('高基里社区夕阳红舞蹈队');
  ids.square = await file('高基里社区广场舞队');
  ids.haircut = await file('高基里社区义剪服务队');
  ids.volunteers = await registered('鹤堂社区志愿者协会', '441802006002', 31);
  ids.baimiao = await registered('白庙社区阳光助残服务队', '441802007001', 32);
  ids.chess = (await committee.post('/api/organizations/guided', { name: '高基里社区棋牌小组', category: 'culture_sports', jurisdictionCode: '441802006001', leaderName: '何兰', memberCount: 6 })).json().id;
  otherBureau = await newStaff(t, admin, { username: 'qingxin-bureau', role: 'bureau', jurisdictionCode: '441803' });
}, 120_000);

afterAll(async () => t?.close());

describe('drawing (双随机)', () => {
  it('draws the share of the filed and registered organizations with inspectors, and reproduces from its seed', async () => {
    const response = await bureau.post('/api/spot-check-draws', { title: `${year}年度社会组织抽查`, seed: 'qingcheng-2026', sharePercent: 50 });
    expect(response.statusCode).toBe(200);
    const draw: Draw = response.json();
    ids.draw = draw.id;
    // Five active filed or registered organizations (not the community-guided group): half, rounded up.
    expect(draw.populationCount).toBe(5);
    expect(draw.drawnCount).toBe(3);
    expect(draw.checks).toHaveLength(3);
    expect(new Set(draw.checks.map((c) => c.organizationId)).size).toBe(3);
    expect(draw.checks.map((c) => c.organizationId)).not.toContain(ids.chess);
    for (const check of draw.checks) {
      expect(check.state).toBe('planned');
      expect(check.inspectors).toHaveLength(2);
      expect(check.inspectors.every((i) => i.name)).toBe(true);
    }
    expect(draw.verification).toEqual(expect.objectContaining({ reproduces: true, populationMatches: true, checksMatch: true }));

    const again: Draw = (await bureau.post('/api/spot-check-draws', { title: '复核', seed: 'qingcheng-2026', sharePercent: 50 })).json();
    expect(again.checks.map((c) => c.organizationId).sort()).toEqual(draw.checks.map((c) => c.organizationId).sort());
    const generated: Draw = (await bureau.post('/api/spot-check-draws', { title: '系统生成种子', sharePercent: 20 })).json();
    expect(generated.seed).toMatch(new RegExp(`^${year}-[0-9a-f]{16}$`));
    // The setting's share (5%) of five: at least one.
    expect(generated.drawnCount).toBe(1);
    // The drawn inspectors are told.
    const told = await notificationTitles(street);
    expect(told.some((title) => title.includes('抽查人员'))).toBe(true);
  });

  it('shows a stored draw that no longer reproduces when its checks were altered', async () => {
    const draw: Draw = (await bureau.get(`/api/spot-check-draws/${ids.draw}`)).json();
    const [first] = draw.checks;
    await db().update(spotChecks).set({ inspectorIds: [...first.inspectors.map((i) => i.id)].reverse() })
      .where(and(eq(spotChecks.id, first.id), inScope(systemScope, spotChecks)));
    const altered: Draw = (await bureau.get(`/api/spot-check-draws/${ids.draw}`)).json();
    expect(altered.verification).toEqual(expect.objectContaining({ reproduces: false, populationMatches: true, checksMatch: false }));
    await db().update(spotChecks).set({ inspectorIds: first.inspectors.map((i) => i.id) }).where(and(eq(spotChecks.id, first.id), inScope(systemScope, spotChecks)));
    expect((await bureau.get(`/api/spot-check-draws/${ids.draw}`)).json().verification.reproduces).toBe(true);
  });

  it('draws a street only, and a city across its districts', async () => {
    const dongcheng: Draw = (await bureau.post('/api/spot-check-draws', { title: '东城街道专项抽查', streetCode: '441802007', sharePercent: 100 })).json();
    expect(dongcheng.checks.map((c) => c.organizationId)).toEqual([ids.baimiao]);
    const registeredOnly: Draw = (await bureau.post('/api/spot-check-draws', { title: '依法登记组织抽查', orgClass: 'registered', sharePercent: 100 })).json();
    expect(registeredOnly.checks.map((c) => c.organizationId).sort()).toEqual([ids.volunteers, ids.baimiao].sort());
    const cityDraw = await city.post('/api/spot-check-draws', { title: '全市抽查', sharePercent: 100 });
    expect(cityDraw.statusCode).toBe(200);
    expect(cityDraw.json().populationCount).toBe(5);
  });

  it('refuses the wrong role, a street outside the bureau, bad input and an empty population, writing nothing', async () => {
    const before = await count(spotCheckDraws);
    expect((await street.post('/api/spot-check-draws', { title: '街道抽查' })).statusCode).toBe(403);
    expect((await committee.get('/api/spot-check-draws')).statusCode).toBe(403);
    expect((await bureau.post('/api/spot-check-draws', { title: '越界', streetCode: '441803001' })).statusCode).toBe(403);
    const bad = await bureau.post('/api/spot-check-draws', { title: '', sharePercent: 0 });
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.body).sort()).toEqual(['sharePercent', 'title']);
    expect(bad.json().errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    const empty = await bureau.post('/api/spot-check-draws', { title: '空范围', streetCode: '441802001' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toEqual(expect.objectContaining({ path: 'streetCode', message: '范围内没有可抽查的组织' }));
    expect(await count(spotCheckDraws)).toBe(before);
    expect((await otherBureau.get(`/api/spot-check-draws/${ids.draw}`)).statusCode).toBe(404);
    expect((await otherBureau.get('/api/spot-check-draws')).json().total).toBe(0);
  });
});

describe('recording a check', () => {
  it('lists the year\'s unchecked organizations until a check is recorded', async () => {
    const coverage = (await bureau.get('/api/spot-checks/coverage?pageSize=50')).json();
    expect(coverage.year).toBe(year);
    expect(coverage.total).toBe(5);
    const streetCoverage = (await street.get('/api/spot-checks/coverage?pageSize=50')).json();
    expect(streetCoverage.items.map((o: { id: string }) => o.id)).not.toContain(ids.baimiao);
  });

  it('refuses the wrong role, another street, bad input, and a second record', async () => {
    const draw: Draw = (await bureau.get(`/api/spot-check-draws/${ids.draw}`)).json();
    const check = draw.checks.find((c) => c.organizationId !== ids.baimiao)!;
    ids.check = check.id;
    ids.checkedOrg = check.organizationId;
    const body = { checkedOn: today, findings: '财务台账不全，活动记录缺失两次', conclusion: 'rectify' };
    expect((await committee.post(`/api/spot-checks/${check.id}/record`, body)).statusCode).toBe(403);
    expect((await street2.post(`/api/spot-checks/${check.id}/record`, body)).statusCode).toBe(404);
    expect((await otherBureau.post(`/api/spot-checks/${check.id}/record`, body)).statusCode).toBe(404);
    const bad = await bureau.post(`/api/spot-checks/${check.id}/record`, { checkedOn: 'tomorrow', findings: '', conclusion: 'excellent' });
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.body).sort()).toEqual(['checkedOn', 'conclusion', 'findings']);
    const future = await bureau.post(`/api/spot-checks/${check.id}/record`, { ...body, checkedOn: addDays(today, 2) });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toBe('checkedOn');
    expect((await street.get(`/api/spot-checks?drawId=${ids.draw}`)).json().items.find((c: Check) => c.id === check.id).state).toBe('planned');

    const recorded = await bureau.post(`/api/spot-checks/${check.id}/record`, body);
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json()).toEqual(expect.objectContaining({ state: 'completed', conclusion: 'rectify', checkedOn: today }));
    expect((await bureau.post(`/api/spot-checks/${check.id}/record`, body)).statusCode).toBe(409);
  });

  it('archives the record as a paper and puts it on the timeline; the organization leaves the coverage list', async () => {
    const archive = await archiveTypes(ids.checkedOrg);
    expect(archive.find((g) => g.docType === 'spot_check')?.entries).toHaveLength(1);
    expect(await events(ids.checkedOrg)).toEqual(expect.arrayContaining(['spotChecks.drawn', 'spotChecks.checked']));
    const coverage = (await bureau.get('/api/spot-checks/coverage?pageSize=50')).json();
    expect(coverage.total).toBe(4);
    expect(coverage.items.map((o: { id: string }) => o.id)).not.toContain(ids.checkedOrg);
  });

  it('lets a street officer record a check of its own street', async () => {
    const checks = (await street.get(`/api/spot-checks?drawId=${ids.draw}&state=planned`)).json().items as Check[];
    expect(checks.length).toBeGreaterThan(0);
    const response = await street.post(`/api/spot-checks/${checks[0].id}/record`, { checkedOn: today, findings: '制度健全，活动正常', conclusion: 'compliant' });
    expect(response.statusCode).toBe(200);
  });
});

describe('notices, letters and talks', () => {
  it('numbers a rectification notice per issuer, kind and year, with the default deadline, and tells the leader', async () => {
    const issue = (client: TestClient, body: Record<string, unknown>) => client.post('/api/supervision-notices', body);
    const first = await issue(bureau, { organizationId: ids.dance, kind: 'rectification', problems: '未按章程召开成员大会', requirements: '补开成员大会并报送会议记录' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual(expect.objectContaining({
      number: `清城民责改〔${year}〕1号`, state: 'open', deadline: addDays(today, 30), issuerName: '清远市清城区民政局', organizationName: '高基里社区夕阳红舞蹈队',
    }));
    ids.notice = first.json().id;
    const second = await issue(bureau, { organizationId: ids.square, kind: 'rectification', problems: '活动场地噪声扰民', requirements: '调整活动时间', deadline: addDays(today, 10) });
    expect(second.json()).toEqual(expect.objectContaining({ number: `清城民责改〔${year}〕2号`, deadline: addDays(today, 10) }));
    ids.squareNotice = second.json().id;
    const fromStreet = await issue(street, { organizationId: ids.dance, kind: 'rectification', problems: '成员花名册未更新', requirements: '更新花名册' });
    expect(fromStreet.json()).toEqual(expect.objectContaining({ number: `凤城街责改〔${year}〕1号`, issuerName: '凤城街道办事处' }));
    const letter = await issue(bureau, { organizationId: ids.dance, kind: 'reminder_letter', problems: '年度工作报告尚未报送', requirements: '请于月底前报送' });
    expect(letter.json()).toEqual(expect.objectContaining({ number: `清城民提醒〔${year}〕1号`, state: 'issued', deadline: null }));
    ids.letter = letter.json().id;
    const talk = await issue(street, {
      organizationId: ids.dance, kind: 'talk', problems: '提醒负责人规范财务管理', requirements: '一个月内建立收支台账',
      heldAt: `${addDays(today, -1)}T14:30:00+08:00`, place: '凤城街道办事处二楼会议室', participants: '街道社会事务办李主任、舞蹈队负责人',
    });
    expect(talk.json()).toEqual(expect.objectContaining({ number: `凤城街约谈〔${year}〕1号`, place: '凤城街道办事处二楼会议室' }));

    expect((await notificationTitles(org)).some((title) => title.includes(`清城民责改〔${year}〕1号`))).toBe(true);
    const archive = await archiveTypes(ids.dance);
    expect(archive.find((g) => g.docType === 'supervision_notice')?.entries).toHaveLength(4);
    expect(await events(ids.dance)).toContain('spotChecks.noticeIssued');
  });

  it('issues from a recorded check of the same organization only', async () => {
    const fromCheck = await bureau.post('/api/supervision-notices', {
      organizationId: ids.checkedOrg, kind: 'rectification', spotCheckId: ids.check, problems: '财务台账不全', requirements: '补齐台账',
    });
    expect(fromCheck.statusCode).toBe(200);
    expect(fromCheck.json().spotCheckId).toBe(ids.check);
    const before = await count(supervisionNotices);
    const other = ids.checkedOrg === ids.baimiao ? ids.dance : ids.baimiao;
    const wrongOrg = await bureau.post('/api/supervision-notices', { organizationId: other, kind: 'reminder_letter', spotCheckId: ids.check, problems: '问题说明', requirements: '整改要求' });
    expect(wrongOrg.statusCode).toBe(400);
    expect(wrongOrg.json().errors[0]).toEqual(expect.objectContaining({ path: 'spotCheckId', message: '该抽查不是针对此组织的' }));
    const planned = ((await bureau.get(`/api/spot-checks?drawId=${ids.draw}&state=planned`)).json().items as Check[])[0];
    if (planned) {
      const notDone = await bureau.post('/api/supervision-notices', { organizationId: planned.organizationId, kind: 'rectification', spotCheckId: planned.id, problems: '问题说明', requirements: '整改要求' });
      expect(notDone.statusCode).toBe(409);
    }
    expect(await count(supervisionNotices)).toBe(before);
  });

  it('refuses the wrong role, another street or district and bad input, writing nothing; a community-guided group may be sent one', async () => {
    const before = await count(supervisionNotices);
    const body = { organizationId: ids.dance, kind: 'rectification', problems: '问题说明', requirements: '整改要求' };
    expect((await committee.post('/api/supervision-notices', body)).statusCode).toBe(403);
    expect((await org.post('/api/supervision-notices', body)).statusCode).toBe(403);
    expect((await street2.post('/api/supervision-notices', body)).statusCode).toBe(404);
    expect((await otherBureau.post('/api/supervision-notices', body)).statusCode).toBe(404);
    const past = await bureau.post('/api/supervision-notices', { ...body, deadline: addDays(today, -1) });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0]).toEqual(expect.objectContaining({ path: 'deadline', message: '整改期限不能早于今天' }));
    const talk = await bureau.post('/api/supervision-notices', { ...body, kind: 'talk' });
    expect(talk.statusCode).toBe(400);
    expect(fieldPaths(talk.body).sort()).toEqual(['heldAt', 'participants', 'place']);
    const laterTalk = await bureau.post('/api/supervision-notices', { ...body, kind: 'talk', heldAt: `${addDays(today, 2)}T09:00:00+08:00`, place: '街道会议室', participants: '双方负责人' });
    expect(laterTalk.statusCode).toBe(400);
    expect(laterTalk.json().errors[0]).toEqual(expect.objectContaining({ path: 'heldAt', message: '日期不能晚于今天' }));
    const bad = await bureau.post('/api/supervision-notices', { organizationId: 'x', kind: 'warning', problems: '', requirements: '' });
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.body).sort()).toEqual(['kind', 'organizationId', 'problems', 'requirements']);
    const guided = await bureau.post('/api/supervision-notices', { ...body, organizationId: ids.chess });
    expect(guided.statusCode).toBe(200);
    expect(await count(supervisionNotices)).toBe(before + 1);
  });

  it('prints the notice as an official PDF, for staff and the organization\'s leader', async () => {
    const response = await bureau.get(`/api/supervision-notices/${ids.notice}/notice.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(response.rawPayload);
    for (const words of ['责令改正通知书', `清城民责改〔${year}〕1号`, '高基里社区夕阳红舞蹈队', '未按章程召开成员大会', '清远市清城区民政局']) expect(text).toContain(words);
    expect((await org.get(`/api/supervision-notices/${ids.notice}/notice.pdf`)).statusCode).toBe(200);
    expect((await street2.get(`/api/supervision-notices/${ids.notice}/notice.pdf`)).statusCode).toBe(404);
  });

  it('shows a leader the notices of their own organizations only', async () => {
    const mine = (await org.get('/api/supervision-notices?pageSize=50')).json();
    expect(mine.items.every((n: { organizationId: string }) => [ids.dance, ids.square, ids.haircut].includes(n.organizationId))).toBe(true);
    const volunteersNotice = (await bureau.post('/api/supervision-notices', { organizationId: ids.volunteers, kind: 'reminder_letter', problems: '问题说明', requirements: '整改要求' })).json();
    expect((await org.get(`/api/supervision-notices/${volunteersNotice.id}`)).statusCode).toBe(404);
    expect((await committee.get(`/api/supervision-notices/${ids.notice}`)).statusCode).toBe(200);
    expect((await street2.get('/api/supervision-notices')).json().items.map((n: { id: string }) => n.id)).not.toContain(ids.notice);
  });
});

describe('rectification', () => {
  it('takes the leader\'s report, a rejection that keeps it open, a second report and the acceptance', async () => {
    expect((await bureau.post(`/api/supervision-notices/${ids.notice}/review`, { decision: 'accept' })).statusCode).toBe(409);
    expect((await street.post(`/api/supervision-notices/${ids.notice}/report`, { report: '已整改' })).statusCode).toBe(403);
    const badReport = await org.post(`/api/supervision-notices/${ids.notice}/report`, { report: '', attachmentId: 'nope' });
    expect(badReport.statusCode).toBe(400);
    expect(fieldPaths(badReport.body).sort()).toEqual(['attachmentId', 'report']);

    const reported = await org.post(`/api/supervision-notices/${ids.notice}/report`, { report: '已于本月补开成员大会，会议记录附后' });
    expect(reported.statusCode).toBe(200);
    expect(reported.json()).toEqual(expect.objectContaining({ state: 'open', awaitingReview: true }));
    expect((await org.post(`/api/supervision-notices/${ids.notice}/report`, { report: '再次报告' })).statusCode).toBe(409);
    expect((await notificationTitles(bureau)).some((title) => title.includes('报告了整改情况'))).toBe(true);

    expect((await org.post(`/api/supervision-notices/${ids.notice}/review`, { decision: 'accept' })).statusCode).toBe(403);
    expect((await street2.post(`/api/supervision-notices/${ids.notice}/review`, { decision: 'accept' })).statusCode).toBe(404);
    const noReason = await bureau.post(`/api/supervision-notices/${ids.notice}/review`, { decision: 'reject' });
    expect(noReason.statusCode).toBe(400);
    expect(fieldPaths(noReason.body)).toEqual(['note']);
    const rejected = await bureau.post(`/api/supervision-notices/${ids.notice}/review`, { decision: 'reject', note: '请附会议签到表' });
    expect(rejected.json()).toEqual(expect.objectContaining({ state: 'open', awaitingReview: false, reviewNote: '请附会议签到表' }));
    expect((await notificationTitles(org)).some((title) => title.includes('整改未通过验收'))).toBe(true);

    await org.post(`/api/supervision-notices/${ids.notice}/report`, { report: '已补充会议签到表' });
    const accepted = await bureau.post(`/api/supervision-notices/${ids.notice}/review`, { decision: 'accept', note: '整改到位' });
    expect(accepted.json()).toEqual(expect.objectContaining({ state: 'fixed', awaitingReview: false }));
    expect(accepted.json().fixedAt).not.toBeNull();
    expect((await bureau.post(`/api/supervision-notices/${ids.notice}/review`, { decision: 'accept' })).statusCode).toBe(409);
    expect((await org.post(`/api/supervision-notices/${ids.notice}/report`, { report: '再次报告' })).statusCode).toBe(409);
    expect(await events(ids.dance)).toEqual(expect.arrayContaining(['spotChecks.rectificationReported', 'spotChecks.rectificationRejected', 'spotChecks.rectificationAccepted']));
  });

  it('has nothing to rectify on a letter', async () => {
    const response = await org.post(`/api/supervision-notices/${ids.letter}/report`, { report: '已报送' });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail ?? response.json().title).toContain('只有责令改正通知书需要整改');
  });

  it('marks open notices past their deadline overdue once, tells the issuer, and lists them for the credit lists', async () => {
    const later = new Date(Date.now() + 12 * 86_400_000);
    const first = await markOverdueRectifications(t.services, later);
    expect(first.overdue).toBeGreaterThanOrEqual(1);
    expect((await markOverdueRectifications(t.services, later)).overdue).toBe(0);
    const square = (await bureau.get(`/api/supervision-notices/${ids.squareNotice}`)).json();
    expect(square.state).toBe('overdue');
    // The accepted one is not touched.
    expect((await bureau.get(`/api/supervision-notices/${ids.notice}`)).json().state).toBe('fixed');
    expect((await notificationTitles(bureau)).some((title) => title.includes('逾期未完成整改'))).toBe(true);
    const overdue = (await bureau.get('/api/supervision-notices?state=overdue')).json();
    expect(overdue.items.map((n: { id: string }) => n.id)).toContain(ids.squareNotice);
    const unfixed = await unfixedRectifications(db(), systemScope, { organizationId: ids.square });
    expect(unfixed.map((n) => n.id)).toEqual([ids.squareNotice]);
    expect(await events(ids.square)).toContain('spotChecks.overdue');
    // A late report can still be accepted.
    await org.post(`/api/supervision-notices/${ids.squareNotice}/report`, { report: '已调整活动时间' });
    expect((await bureau.post(`/api/supervision-notices/${ids.squareNotice}/review`, { decision: 'accept' })).json().state).toBe('fixed');
  });

  it('exports the lists as workbooks', async () => {
    for (const url of ['/api/supervision-notices?format=xlsx', '/api/spot-checks?format=xlsx', '/api/spot-checks/coverage?format=xlsx']) {
      const response = await bureau.get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
    }
  });
});
