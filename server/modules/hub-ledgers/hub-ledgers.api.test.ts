import ExcelJS from 'exceljs';
import { shanghaiDate } from '../../platform/dates';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { inScope, systemScope } from '../../platform/policy/policy';
import { caseTransitions } from '../../platform/workflow/workflow.tables';
import { draftCompleteFiling, fileNewOrganization } from '../filings/filing-fixtures';
import { filings, type CaseKind } from '../filings/filings.tables';
import { organizations } from '../organizations/organizations.tables';
import { dueOn as dueDate, halfYear, lastEndedPeriod, periodLabel, periodOf, previousPeriod } from './half-year';
import { newStaff, testCreditCode } from './ledger-fixtures';
import { remindHubLedgers } from './remind-hub-ledgers.job';

let t: TestApp;
let admin: TestClient;
let bureau: TestClient;
let city: TestClient;
let street: TestClient;
let street2: TestClient;
let hub: TestClient;
const ids: Record<string, string> = {};

const now = new Date();
const today = shanghaiDate(now);
/** The half year now running: data made by this test falls in it. */
const current = periodOf(now);
/** A half year whose ledger fell due months ago. */
const past = previousPeriod(lastEndedPeriod(now));
/** The half year after the running one: not begun. */
const next = halfYear(current).half === 1 ? `${halfYear(current).year}H2` : `${halfYear(current).year + 1}H1`;

async function recordRegistered(name: string, jurisdictionCode: string, category: string, memberCount: number, n: number) {
  const response = await bureau.post('/api/organizations/registered', { name, category, jurisdictionCode, leaderName: '陈建国', memberCount, creditCode: testCreditCode('51', n) });
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json().id as string;
}

/** A change, termination or revocation reaching its final state at `at`, written directly: those workflows are tested in their own module. */
async function caseReached(organizationId: string, kind: CaseKind, action: string, toState: string, at: Date) {
  const db = t.services.database.db;
  const own = and(eq(organizations.id, organizationId), inScope(systemScope, organizations));
  const [o] = await db.select().from(organizations).where(own);
  const [filing] = await db.insert(filings).values({
    districtCode: o.districtCode, organizationId, jurisdictionCode: o.jurisdictionCode, kind, state: toState, createdBy: o.createdBy,
  }).returning();
  await db.insert(caseTransitions).values({
    districtCode: o.districtCode, caseType: kind, caseId: filing.id, jurisdictionCode: o.jurisdictionCode, action, fromState: 'public_notice', toState, at,
  });
  if (toState === 'terminated' || toState === 'revoked') await db.update(organizations).set({ status: toState, endedAt: at }).where(own);
}

beforeAll(async () => {
  t = await createTestApp();
  let org: TestClient;
  let committee: TestClient;
  [admin, bureau, city, street, street2, org, committee] = await Promise.all(
    ['admin', 'bureau', 'city', 'street', 'street2', 'org', 'committee'].map((u) => t.login(u)),
  );
  const file = async (name: string, category: string) => (await fileNewOrganization(t, { org, committee, street }, { name, category })).organizationId;
  const guided = async (name: string, category: string, memberCount: number) =>
    (await committee.post('/api/organizations/guided', { name, category, jurisdictionCode: '441802006001', leaderName: '何兰', memberCount })).json().id as string;

  // 凤城街道 (441802006): three registered, four filed through the chain, one still a draft, two community-guided.
  ids.hub = await recordRegistered('凤城街道社会组织联合会', '441802006001', 'service', 30, 11);
  ids.volunteers = await recordRegistered('鹤堂社区志愿者协会', '441802006002', 'charity', 40, 12);
  ids.dance = await file('高基里社区夕阳红舞蹈队', 'culture_sports');
  ids.mutualAid = await file('高基里社区邻里互助队', 'mutual_aid');
  ids.haircut = await file('高基里社区义剪服务队', 'service');
  ids.square = await file('高基里社区广场舞队', 'culture_sports');
  const draftFiling = await draftCompleteFiling(org, { name: '高基里社区合唱团' });
  ids.choir = (await street.get(`/api/filings/${draftFiling}`)).json().organization.id;
  ids.knitting = await guided('高基里社区编织小组', 'mutual_aid', 8);
  ids.cards = await guided('高基里社区棋牌小组', 'culture_sports', 6);
  // The mutual-aid team registers as a legal person through the registration ledger.
  const entry = (await bureau.post('/api/registration-candidates', { organizationId: ids.mutualAid, reason: '服务覆盖全街道' })).json().id;
  await bureau.post(`/api/registration-candidates/${entry}/outcome`, {
    outcome: 'registered', creditCode: testCreditCode('51', 14), registeredType: 'social_group', registrationAuthority: '清远市清城区民政局', registeredOn: today,
  });
  await caseReached(ids.dance, 'change', 'file', 'filed', now);
  await caseReached(ids.dance, 'change', 'file', 'filed', new Date(halfYear(current).start.getTime() - 1000));
  await caseReached(ids.haircut, 'termination', 'terminate', 'terminated', now);
  await caseReached(ids.square, 'revocation', 'revoke', 'revoked', now);
  // 东城街道 (441802007): must not count in 凤城街道's ledger.
  ids.dongcheng = await recordRegistered('东门社区文化促进会', '441802007012', 'culture_sports', 99, 13);
  await caseReached(ids.dongcheng, 'filing', 'file', 'filed', now);
});
afterAll(async () => { await t?.close(); });

const errors = (response: { json(): { errors: { path: string; message: string }[] } }) => response.json().errors;
const notificationTitles = async (client: TestClient) => (await client.get('/api/notifications?pageSize=50')).json().items.map((n: { title: string }) => n.title) as string[];

describe('hub organizations (枢纽型)', () => {
  it('lets the bureau designate an active organization as the hub of a street of its district', async () => {
    const designate = (client: TestClient, id: string, hubStreetCode: string | null) => client.put(`/api/organizations/${id}/hub`, { hubStreetCode });
    const designated = await designate(bureau, ids.hub, '441802006');
    expect(designated.json()).toEqual({ id: ids.hub, name: '凤城街道社会组织联合会', isHub: true, hubStreetCode: '441802006', hubStreetName: '凤城街道' });
    expect((await designate(bureau, ids.volunteers, '441802006')).json().title).toBe('凤城街道已有枢纽型社会组织：凤城街道社会组织联合会');
    expect((await designate(bureau, ids.choir, '441802007')).json().title).toBe('只有正常活动的组织可以设为枢纽型社会组织');
    expect(errors(await designate(bureau, ids.volunteers, '441802006001'))).toEqual([{ path: 'hubStreetCode', message: '枢纽型社会组织服务的须是本区县的一个街道（乡镇）' }]);
    expect(errors(await designate(bureau, ids.volunteers, '441802999'))).toEqual([{ path: 'hubStreetCode', message: '枢纽型社会组织服务的须是本区县的一个街道（乡镇）' }]);
    expect((await designate(bureau, ids.volunteers, '441803100')).statusCode).toBe(403);
    expect((await designate(street, ids.volunteers, '441802006')).statusCode).toBe(403);
    expect((await designate(street2, ids.volunteers, null)).statusCode).toBe(403);
    const hubs = (await bureau.get('/api/hub-organizations')).json();
    expect(hubs.items).toEqual([expect.objectContaining({ id: ids.hub, hubStreetCode: '441802006', hubStreetName: '凤城街道', placeName: '高基里社区' })]);
    expect((await street2.get('/api/hub-organizations')).json().total).toBe(0);
    expect((await admin.get('/api/audit-logs?action=organization.designateHub')).json().items)
      .toContainEqual(expect.objectContaining({ targetId: ids.hub, actorUsername: 'bureau', outcome: 'success' }));

    // The platform admin links the `hub` account to it.
    const hubUser = (await admin.get('/api/users?q=hub')).json().items.find((u: { username: string }) => u.username === 'hub');
    expect((await admin.patch(`/api/users/${hubUser.id}`, { organizationId: ids.hub })).statusCode).toBe(200);
    hub = await t.login('hub');
  });

  it('tells a hub account not linked to an organization what to do', async () => {
    const unlinked = await newStaff(t, admin, { username: 'hub.fc2', role: 'hub', jurisdictionCode: '441802006' });
    const refused = await unlinked.post('/api/hub-ledgers', { period: past });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().title).toBe('您的账号尚未关联枢纽型社会组织，请联系平台管理员在“用户管理”中关联');
    expect((await unlinked.get('/api/hub-ledgers')).json()).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
  });
});

describe('half-year work ledger (工作台账)', () => {
  let ledgerId: string;
  const expectedFilings = ['高基里社区广场舞队', '高基里社区邻里互助队', '高基里社区夕阳红舞蹈队', '高基里社区义剪服务队'];

  it('is generated from the data of the street the hub serves', async () => {
    const generated = await hub.post('/api/hub-ledgers', { period: current });
    expect(generated.statusCode).toBe(200);
    const ledger = generated.json();
    ledgerId = ledger.id;
    expect(ledger).toMatchObject({
      period: current, state: 'draft', generated: true, hubName: '凤城街道社会组织联合会', streetCode: '441802006', streetName: '凤城街道',
      overdue: false, canGenerate: true, canEditRemarks: true, periodEnded: false,
    });
    // Submitted once the half year is over.
    expect(ledger.actions).toEqual([]);
    const f = ledger.figures;
    expect(f).toMatchObject({ period: current, periodLabel: periodLabel(current), streetName: '凤城街道', hubName: '凤城街道社会组织联合会' });
    expect(f.byClassStatus).toEqual({
      registered: { draft: 0, active: 3, terminated: 0, revoked: 0, rejected: 0 },
      filed: { draft: 1, active: 1, terminated: 1, revoked: 1, rejected: 0 },
      guided: { draft: 0, active: 2, terminated: 0, revoked: 0, rejected: 0 },
    });
    expect(f.byCategory).toEqual([
      { code: 'service', label: '为民服务', registered: 1, filed: 0, guided: 0, total: 1 },
      { code: 'charity', label: '公益慈善', registered: 1, filed: 0, guided: 0, total: 1 },
      { code: 'mutual_aid', label: '邻里互助', registered: 1, filed: 0, guided: 1, total: 2 },
      { code: 'culture_sports', label: '文体娱乐', registered: 0, filed: 1, guided: 1, total: 2 },
      { code: 'rural_tech', label: '农村生产技术服务', registered: 0, filed: 0, guided: 0, total: 0 },
      { code: 'other', label: '其他', registered: 0, filed: 0, guided: 0, total: 0 },
    ]);
    // Active members: 30 + 40 (registered) + 10 (registered from filed) + 10 (filed) + 8 + 6 (guided).
    expect(f.totals).toEqual({ organizations: 9, active: 6, hubs: 1, activeMembers: 104 });
    const names = (list: { name: string }[]) => list.map((e) => e.name);
    expect(names(f.filings)).toEqual(expectedFilings);
    expect(f.filings.every((e: { on: string; placeName: string }) => e.on === today && e.placeName === '高基里社区')).toBe(true);
    expect(names(f.changes)).toEqual(['高基里社区夕阳红舞蹈队']);
    expect(names(f.terminations)).toEqual(['高基里社区义剪服务队']);
    expect(names(f.revocations)).toEqual(['高基里社区广场舞队']);
    expect(f.registrations).toEqual([{
      organizationId: ids.mutualAid, name: '高基里社区邻里互助队', placeName: '高基里社区', creditCode: testCreditCode('51', 14),
      registeredType: 'social_group', registrationAuthority: '清远市清城区民政局', registeredOn: today,
    }]);
    expect(JSON.stringify(f)).not.toContain('东门社区');
  });

  it('exports the ledger in its fixed layout, cell by cell as the figures say', async () => {
    expect((await hub.put(`/api/hub-ledgers/${ledgerId}/remarks`, { remarks: '本半年新培育社区社会组织 4 个。' })).json()).toEqual({ remarks: '本半年新培育社区社会组织 4 个。' });
    // Regenerating keeps the remarks.
    expect((await hub.post('/api/hub-ledgers', { period: current })).json()).toMatchObject({ id: ledgerId, remarks: '本半年新培育社区社会组织 4 个。' });
    const response = await bureau.get(`/api/hub-ledgers/${ledgerId}/ledger.xlsx`);
    expect(response.statusCode).toBe(200);
    const title = `凤城街道社区社会组织工作台账（${periodLabel(current)}）`;
    expect(response.headers['content-disposition']).toContain(encodeURIComponent(title));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '本期备案', '本期变更备案', '本期退出', '本期撤销备案', '本期依法登记']);

    const summary = workbook.getWorksheet('汇总')!;
    const row = (r: number, columns = 7) => Array.from({ length: columns }, (_, i) => summary.getCell(r, i + 1).value);
    const { firstDay, lastDay } = halfYear(current);
    const dueOn = (await hub.get(`/api/hub-ledgers/${ledgerId}`)).json().dueOn;
    expect(summary.getCell('A1').value).toBe(title);
    expect(summary.getCell('A1').isMerged).toBe(true);
    expect([summary.getCell('A2').value, summary.getCell('B2').value, summary.getCell('E2').value]).toEqual(['枢纽型社会组织', '凤城街道社会组织联合会', '统计时点']);
    expect([summary.getCell('A3').value, summary.getCell('B3').value, summary.getCell('E3').value, summary.getCell('F3').value])
      .toEqual(['统计期间', `${firstDay} 至 ${lastDay}`, '报送截止', dueOn]);
    expect(row(5, 1)).toEqual(['一、社区社会组织数量（按类型、状态）']);
    expect(row(6)).toEqual(['类型', '正常', '备案中', '已退出', '已撤销', '不予备案', '合计']);
    expect(row(7)).toEqual(['依法登记', 3, 0, 0, 0, 0, 3]);
    expect(row(8)).toEqual(['备案', 1, 1, 1, 1, 0, 4]);
    expect(row(9)).toEqual(['社区指导', 2, 0, 0, 0, 0, 2]);
    expect(row(10)).toEqual(['合计', 6, 1, 1, 1, 0, 9]);
    expect(row(12, 1)).toEqual(['二、正常活动的社区社会组织（按类别）']);
    expect(row(13, 5)).toEqual(['类别', '依法登记', '备案', '社区指导', '合计']);
    expect(row(14, 5)).toEqual(['为民服务', 1, 0, 0, 1]);
    expect(row(15, 5)).toEqual(['公益慈善', 1, 0, 0, 1]);
    expect(row(16, 5)).toEqual(['邻里互助', 1, 0, 1, 2]);
    expect(row(17, 5)).toEqual(['文体娱乐', 0, 1, 1, 2]);
    expect(row(18, 5)).toEqual(['农村生产技术服务', 0, 0, 0, 0]);
    expect(row(19, 5)).toEqual(['其他', 0, 0, 0, 0]);
    expect(row(20, 5)).toEqual(['合计', 3, 1, 2, 6]);
    expect(row(22, 1)).toEqual(['三、本期情况']);
    expect([23, 24, 25, 26, 27, 28, 29, 30].map((r) => row(r, 2))).toEqual([
      ['项目', '数量'], ['枢纽型社会组织（个）', 1], ['正常活动组织成员总数（人）', 104], ['本期备案（个）', 4],
      ['本期变更备案（个）', 1], ['本期退出（个）', 1], ['本期撤销备案（个）', 1], ['本期依法登记（个）', 1],
    ]);
    expect([summary.getCell('A32').value, summary.getCell('A33').value]).toEqual(['四、备注', '本半年新培育社区社会组织 4 个。']);
    expect(summary.getColumn(1).width).toBe(34);
    expect(summary.getColumn(2).width).toBe(13);

    const listing = (name: string) => {
      const sheet = workbook.getWorksheet(name)!;
      return sheet.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    };
    expect(listing('本期备案')).toEqual([
      ['序号', '组织名称', '所在社区', '类型', '类别', '备案日期', '备案证书编号'],
      ...expectedFilings.map((name, i) => [i + 1, name, '高基里社区', name === '高基里社区邻里互助队' ? '依法登记' : '备案', expect.any(String), today, expect.stringContaining('社备')]),
    ]);
    expect(listing('本期变更备案')).toEqual([
      ['序号', '组织名称', '所在社区', '类型', '类别', '变更日期', '备案证书编号'],
      [1, '高基里社区夕阳红舞蹈队', '高基里社区', '备案', '文体娱乐', today, expect.stringContaining('社备')],
    ]);
    expect(listing('本期退出').map((r) => r.slice(0, 6))).toEqual([
      ['序号', '组织名称', '所在社区', '类型', '类别', '退出日期'], [1, '高基里社区义剪服务队', '高基里社区', '备案', '为民服务', today],
    ]);
    expect(listing('本期撤销备案').map((r) => r.slice(0, 6))).toEqual([
      ['序号', '组织名称', '所在社区', '类型', '类别', '撤销日期'], [1, '高基里社区广场舞队', '高基里社区', '备案', '文体娱乐', today],
    ]);
    expect(listing('本期依法登记')).toEqual([
      ['序号', '组织名称', '所在社区', '统一社会信用代码', '登记类型', '登记管理机关', '登记日期'],
      [1, '高基里社区邻里互助队', '高基里社区', testCreditCode('51', 14), '社会团体', '清远市清城区民政局', today],
    ]);
    expect(workbook.getWorksheet('本期依法登记')!.getColumn(4).width).toBe(22);
  });

  it('goes to the district bureau, which returns it with an opinion or acknowledges it', async () => {
    const generated = (await hub.post('/api/hub-ledgers', { period: past })).json();
    const id = generated.id;
    expect(generated).toMatchObject({ period: past, state: 'draft', overdue: true, dueOn: dueDate(past, 15) });
    expect(generated.figures.filings).toEqual([]);
    expect(generated).toMatchObject({ periodEnded: true, actions: [{ action: 'submit' }] });
    const overdueIds = async () => (await bureau.get('/api/hub-ledgers?overdue=true')).json().items.map((l: { id: string }) => l.id);
    expect(await overdueIds()).toEqual([id]);

    const act = (client: TestClient, body: Record<string, unknown>) => client.post(`/api/hub-ledgers/${id}/transitions`, body);
    expect((await act(bureau, { action: 'submit' })).statusCode).toBe(403);
    expect((await act(hub, { action: 'submit' })).json()).toEqual({ from: 'draft', to: 'submitted' });
    expect(await overdueIds()).toEqual([]);
    expect(await notificationTitles(bureau)).toContain(`凤城街道社会组织联合会报送了凤城街道${periodLabel(past)}社区社会组织工作台账`);
    expect((await hub.post('/api/hub-ledgers', { period: past })).statusCode).toBe(409);
    expect((await hub.put(`/api/hub-ledgers/${id}/remarks`, { remarks: '补充说明' })).json().title).toBe('工作台账已报送，不能再修改');

    expect((await act(hub, { action: 'acknowledge' })).statusCode).toBe(403);
    expect((await act(city, { action: 'acknowledge' })).statusCode).toBe(403);
    expect(errors(await act(bureau, { action: 'return' }))).toEqual([{ path: 'opinion', message: '请填写意见' }]);
    expect((await bureau.get(`/api/hub-ledgers/${id}`)).json()).toMatchObject({ state: 'submitted', actions: [{ action: 'acknowledge' }, { action: 'return' }] });
    expect((await act(bureau, { action: 'return', opinion: '请补充备注中的培训开展情况' })).json()).toEqual({ from: 'submitted', to: 'returned' });
    expect(await notificationTitles(hub)).toContain(`凤城街道${periodLabel(past)}社区社会组织工作台账被区民政局退回`);

    expect((await hub.put(`/api/hub-ledgers/${id}/remarks`, { remarks: '本半年开展骨干培训 2 期。' })).statusCode).toBe(200);
    expect((await hub.post('/api/hub-ledgers', { period: past })).json()).toMatchObject({ id, state: 'draft' });
    expect((await act(hub, { action: 'submit' })).statusCode).toBe(200);
    expect((await act(bureau, { action: 'acknowledge', opinion: '已收悉' })).json()).toEqual({ from: 'submitted', to: 'acknowledged' });
    expect(await notificationTitles(hub)).toContain(`凤城街道${periodLabel(past)}社区社会组织工作台账已被区民政局接收`);

    const timeline = (await street.get(`/api/cases/hub_ledger/${id}/timeline`)).json().items;
    expect(timeline.map((s: { action: string }) => s.action)).toEqual(['generate', 'submit', 'return', 'generate', 'submit', 'acknowledge']);
    expect(timeline[2]).toMatchObject({ opinion: '请补充备注中的培训开展情况', actorRole: 'bureau' });
    const audit = (await admin.get(`/api/audit-logs?q=hub_ledger&pageSize=50`)).json().items.map((a: { action: string }) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['hub_ledger.generate', 'hub_ledger.submit', 'hub_ledger.return', 'hub_ledger.acknowledge', 'hub_ledger.remarks']));
  });

  it('lists a hub its own ledgers and the bureau those of its district, with filters and an export', async () => {
    const periods = async (client: TestClient, query = '') => (await client.get(`/api/hub-ledgers?${query}`)).json().items.map((l: { period: string }) => l.period);
    expect(await periods(hub)).toEqual([current, past]);
    expect(await periods(bureau)).toEqual([current, past]);
    expect(await periods(city)).toEqual([current, past]);
    expect(await periods(street)).toEqual([current, past]);
    expect(await periods(bureau, 'state=acknowledged')).toEqual([past]);
    expect(await periods(bureau, `period=${current}`)).toEqual([current]);
    expect(await periods(bureau, 'overdue=false')).toEqual([current, past]);
    expect(await periods(bureau, 'jurisdictionCode=441802007')).toEqual([]);
    expect(await periods(street2)).toEqual([]);
    expect((await bureau.get('/api/hub-ledgers?period=2026H3')).statusCode).toBe(400);
    const xlsx = await bureau.get('/api/hub-ledgers?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const sheet = workbook.getWorksheet('工作台账')!;
    expect([sheet.getCell('A2').value, sheet.getCell('B2').value, sheet.getCell('C2').value, sheet.getCell('D2').value])
      .toEqual([periodLabel(current), '凤城街道', '凤城街道社会组织联合会', '待报送']);
  });

  it('refuses other roles, other places, future half years and early submission', async () => {
    const before = (await bureau.get('/api/hub-ledgers')).json().total;
    expect((await t.anonymous.get('/api/hub-ledgers')).statusCode).toBe(401);
    const volunteer = await t.login('volunteer');
    expect((await volunteer.get('/api/hub-ledgers')).statusCode).toBe(403);
    expect((await volunteer.get(`/api/hub-ledgers/${ledgerId}`)).statusCode).toBe(403);
    expect((await bureau.post('/api/hub-ledgers', { period: current })).statusCode).toBe(403);
    expect((await street.post(`/api/hub-ledgers/${ledgerId}/transitions`, { action: 'submit' })).statusCode).toBe(403);
    expect((await street2.get(`/api/hub-ledgers/${ledgerId}`)).statusCode).toBe(404);
    expect((await street2.get(`/api/hub-ledgers/${ledgerId}/ledger.xlsx`)).statusCode).toBe(404);
    const qingxin = await newStaff(t, admin, { username: 'qx.bureau', role: 'bureau', jurisdictionCode: '441803' });
    expect((await qingxin.get(`/api/hub-ledgers/${ledgerId}`)).statusCode).toBe(404);
    expect((await qingxin.post(`/api/hub-ledgers/${ledgerId}/transitions`, { action: 'return', opinion: '越权' })).statusCode).toBe(404);
    expect((await qingxin.get('/api/hub-ledgers')).json().total).toBe(0);
    expect((await qingxin.get('/api/hub-ledgers?jurisdictionCode=441802006')).statusCode).toBe(403);

    expect(errors(await hub.post('/api/hub-ledgers', { period: next }))).toEqual([{ path: 'period', message: '该半年尚未开始，不能生成工作台账' }]);
    expect(errors(await hub.post('/api/hub-ledgers', { period: '2030H1' }))).toEqual([{ path: 'period', message: '该半年尚未开始，不能生成工作台账' }]);
    expect(errors(await hub.post('/api/hub-ledgers', { period: '2026H3' }))).toEqual([{ path: 'period', message: '期间应写作“2026H1”（上半年）或“2026H2”（下半年）' }]);
    expect(errors(await hub.put(`/api/hub-ledgers/${ledgerId}/remarks`, { remarks: 'x'.repeat(2001) }))[0].path).toBe('remarks');
    const early = await hub.post(`/api/hub-ledgers/${ledgerId}/transitions`, { action: 'submit' });
    expect(early.statusCode).toBe(409);
    expect(early.json().title).toBe('该半年尚未结束，台账可先生成查看，期满后再报送');
    expect((await hub.post(`/api/hub-ledgers/${ledgerId}/transitions`, { action: 'withdraw' })).statusCode).toBe(400);
    expect((await bureau.get('/api/hub-ledgers')).json().total).toBe(before);
  });
});

describe('ledger reminders (daily job)', () => {
  it('opens the ledger of the half year just ended, reminds the hub once, then flags it overdue to the bureau once', async () => {
    // The half year 2029H2 falls due on 2030-01-15; reminders open 7 days before.
    expect(await remindHubLedgers(t.services, new Date('2030-01-05T02:00:00Z'))).toEqual({ opened: 1, reminded: 0, flagged: 1 });
    const [opened] = (await hub.get('/api/hub-ledgers?period=2029H2')).json().items;
    expect(opened).toMatchObject({ state: 'draft', generated: false, dueOn: '2030-01-15' });
    const title = '凤城街道2029年下半年社区社会组织工作台账';
    expect(await notificationTitles(hub)).not.toContain(`请在 2030-01-15 前报送${title}`);

    expect(await remindHubLedgers(t.services, new Date('2030-01-09T02:00:00Z'))).toEqual({ opened: 0, reminded: 1, flagged: 0 });
    expect(await notificationTitles(hub)).toContain(`请在 2030-01-15 前报送${title}`);
    expect(await remindHubLedgers(t.services, new Date('2030-01-10T02:00:00Z'))).toEqual({ opened: 0, reminded: 0, flagged: 0 });

    expect(await remindHubLedgers(t.services, new Date('2030-01-16T02:00:00Z'))).toEqual({ opened: 0, reminded: 0, flagged: 1 });
    expect(await notificationTitles(bureau)).toContain(`${title}已逾期未报送（截止 2030-01-15）`);
    expect(await remindHubLedgers(t.services, new Date('2030-01-17T02:00:00Z'))).toEqual({ opened: 0, reminded: 0, flagged: 0 });
    expect((await notificationTitles(bureau)).filter((n) => n.startsWith(title))).toHaveLength(1);
  });
});
