import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { draftCompleteFiling, fileNewOrganization } from '../filings/filing-fixtures';
import { newStaff, testCreditCode } from '../hub-ledgers/ledger-fixtures';

let t: TestApp;
let bureau: TestClient;
let city: TestClient;
let street: TestClient;
let admin: TestClient;
let dance: string;
let chess: string;
let guided: string;
let draft: string;
beforeAll(async () => {
  t = await createTestApp();
  let org: TestClient;
  let committee: TestClient;
  [bureau, city, street, admin, org, committee] = await Promise.all(['bureau', 'city', 'street', 'admin', 'org', 'committee'].map((u) => t.login(u)));
  dance = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区夕阳红舞蹈队' })).organizationId;
  chess = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区象棋协会', category: 'culture_sports' })).organizationId;
  guided = (await committee.post('/api/organizations/guided', { name: '高基里社区编织小组', category: 'mutual_aid', jurisdictionCode: '441802006001', leaderName: '何兰' })).json().id;
  const draftFiling = await draftCompleteFiling(org, { name: '高基里社区合唱团' });
  draft = (await street.get(`/api/filings/${draftFiling}`)).json().organization.id;
});
afterAll(async () => { await t?.close(); });

const total = async () => (await bureau.get('/api/registration-candidates')).json().total as number;
const listed = (organizationId: string, over: Record<string, unknown> = {}) =>
  bureau.post('/api/registration-candidates', { organizationId, isCandidate: true, isDemonstration: true, reason: '成员多、活动常态化，社区影响力强', ...over });
const messages = (response: { json(): { errors: { path: string; message: string }[] } }) => response.json().errors;

describe('registration ledger (拟登记台账)', () => {
  let entry: string;

  it('lists a filed organization as a candidate and demonstration point, and records guidance visits', async () => {
    const added = await listed(dance);
    expect(added.statusCode).toBe(200);
    entry = added.json().id;
    expect(added.json()).toMatchObject({
      organizationId: dance, organizationName: '高基里社区夕阳红舞蹈队', placeName: '高基里社区', streetName: '凤城街道', memberCount: 10,
      isCandidate: true, isDemonstration: true, status: 'tracking', visitCount: 0, visits: [],
    });

    const visit = await bureau.post(`/api/registration-candidates/${entry}/visits`, { visitedOn: '2026-09-12', visitors: '区民政局 王科长、凤城街道 李干事', content: '讲解社会团体登记条件，指导完善章程与财务制度' });
    expect(visit.json()).toMatchObject({ visitedOn: '2026-09-12', visitors: '区民政局 王科长、凤城街道 李干事' });
    await bureau.post(`/api/registration-candidates/${entry}/visits`, { visitedOn: '2026-10-20', visitors: '区民政局 王科长', content: '协助准备登记申请材料' });
    const detail = (await bureau.get(`/api/registration-candidates/${entry}`)).json();
    expect(detail).toMatchObject({ visitCount: 2, lastVisitOn: '2026-10-20' });
    expect(detail.visits.map((v: { visitedOn: string }) => v.visitedOn)).toEqual(['2026-10-20', '2026-09-12']);

    expect((await bureau.patch(`/api/registration-candidates/${entry}`, { isDemonstration: false })).json()).toMatchObject({ isCandidate: true, isDemonstration: false });
    const audit = (await admin.get('/api/audit-logs?q=registrationCandidate&pageSize=50')).json().items.map((a: { action: string }) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['registrationCandidate.add', 'registrationCandidate.visit', 'registrationCandidate.update']));
  });

  it('refuses what cannot be listed, with field errors, writing nothing', async () => {
    const before = await total();
    expect(messages(await listed(dance))).toEqual([{ path: 'organizationId', message: '该组织已在拟登记台账中' }]);
    expect(messages(await listed(guided))).toEqual([{ path: 'organizationId', message: '只有已备案且正常活动的组织可以列入拟登记台账' }]);
    expect(messages(await listed(draft))).toEqual([{ path: 'organizationId', message: '只有已备案且正常活动的组织可以列入拟登记台账' }]);
    expect(messages(await listed(chess, { isCandidate: false, isDemonstration: false }))).toEqual([{ path: 'isCandidate', message: '请至少选择“拟登记”或“培育示范点”之一' }]);
    const bad = await bureau.post('/api/registration-candidates', { organizationId: 'x', reason: '' });
    expect(bad.statusCode).toBe(400);
    expect(messages(bad).map((e) => e.path).sort()).toEqual(['organizationId', 'reason']);
    expect(await total()).toBe(before);

    const visits = (await bureau.get(`/api/registration-candidates/${entry}`)).json().visitCount;
    expect(messages(await bureau.post(`/api/registration-candidates/${entry}/visits`, { visitedOn: '2099-01-01', visitors: '王科长', content: '未来的指导' })))
      .toEqual([{ path: 'visitedOn', message: '日期不能晚于今天' }]);
    expect(messages(await bureau.post(`/api/registration-candidates/${entry}/visits`, { visitedOn: '2026-13-01', visitors: '', content: '内容' })).map((e) => e.path).sort())
      .toEqual(['visitedOn', 'visitors']);
    expect((await bureau.get(`/api/registration-candidates/${entry}`)).json().visitCount).toBe(visits);
  });

  it('lists with filters for the district and the city, and exports the ledger', async () => {
    expect((await listed(chess, { isCandidate: false, reason: '象棋进社区品牌项目' })).statusCode).toBe(200);
    const names = async (client: TestClient, query: string) =>
      (await client.get(`/api/registration-candidates?${query}`)).json().items.map((c: { organizationName: string }) => c.organizationName);
    expect(await names(bureau, '')).toEqual(['高基里社区象棋协会', '高基里社区夕阳红舞蹈队']);
    expect(await names(bureau, 'kind=demonstration')).toEqual(['高基里社区象棋协会']);
    expect(await names(bureau, 'kind=candidate')).toEqual(['高基里社区夕阳红舞蹈队']);
    expect(await names(bureau, `q=${encodeURIComponent('舞蹈')}&status=tracking`)).toEqual(['高基里社区夕阳红舞蹈队']);
    expect(await names(bureau, 'jurisdictionCode=441802006001')).toHaveLength(2);
    expect(await names(bureau, 'jurisdictionCode=441802007')).toEqual([]);
    expect(await names(city, '')).toHaveLength(2);
    expect((await bureau.get('/api/registration-candidates?jurisdictionCode=441803')).statusCode).toBe(403);
    expect((await bureau.get('/api/registration-candidates?status=unknown')).statusCode).toBe(400);

    const xlsx = await bureau.get('/api/registration-candidates?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const sheet = workbook.getWorksheet('拟登记台账')!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['组织名称', '列入类型', '列入理由', '指导次数', '状态']));
    const dancing = sheet.getRow(3);
    expect([dancing.getCell(1).value, dancing.getCell(5).value, dancing.getCell(8).value, dancing.getCell(9).value, dancing.getCell(10).value])
      .toEqual(['高基里社区夕阳红舞蹈队', '拟登记', 2, '2026-10-20', '培育跟踪中']);
  });

  it('records the registration: the same organization becomes a registered legal person and keeps its history', async () => {
    const outcome = (body: Record<string, unknown>) => bureau.post(`/api/registration-candidates/${entry}/outcome`, body);
    const registered = { outcome: 'registered', creditCode: testCreditCode('51', 1), registeredType: 'social_group', registrationAuthority: '清远市清城区民政局', registeredOn: '2026-11-02' };
    expect(messages(await outcome({ ...registered, registeredType: 'social_service_agency' })))
      .toEqual([{ path: 'creditCode', message: '统一社会信用代码与登记类型不符（51 开头为社会团体，52 开头为社会服务机构）' }]);
    expect(messages(await outcome({ ...registered, creditCode: '51310110501144395X' }))).toEqual([{ path: 'creditCode', message: '统一社会信用代码无效' }]);
    expect(messages(await outcome({ outcome: 'registered' })).map((e) => e.path).sort()).toEqual(['creditCode', 'registeredOn', 'registeredType', 'registrationAuthority']);
    expect((await bureau.get(`/api/organizations/${dance}`)).json().organization.orgClass).toBe('filed');

    const done = await outcome({ ...registered, note: '已取得社会团体法人登记证书' });
    expect(done.json()).toMatchObject({ status: 'registered', outcomeNote: '已取得社会团体法人登记证书', creditCode: registered.creditCode, registeredType: 'social_group', registeredOn: '2026-11-02' });
    const organization = (await bureau.get(`/api/organizations/${dance}`)).json();
    expect(organization.organization).toMatchObject({ id: dance, orgClass: 'registered', status: 'active', creditCode: registered.creditCode });
    expect(organization.cases.map((c: { kind: string; state: string }) => `${c.kind}:${c.state}`)).toEqual(['filing:filed']);
    expect(organization.certificates.map((c: { status: string }) => c.status)).toEqual(['superseded']);
    const classChange = (await admin.get('/api/audit-logs?action=organization.classChange')).json().items;
    expect(classChange).toEqual([expect.objectContaining({ targetId: dance, outcome: 'success' })]);

    expect((await outcome(registered)).statusCode).toBe(409);
    expect((await bureau.post(`/api/registration-candidates/${entry}/visits`, { visitedOn: '2026-11-03', visitors: '王科长', content: '回访' })).statusCode).toBe(409);
    expect((await bureau.patch(`/api/registration-candidates/${entry}`, { reason: '改' + '理由' })).statusCode).toBe(409);
    expect((await bureau.get('/api/registration-candidates?status=registered')).json().items.map((c: { id: string }) => c.id)).toEqual([entry]);
  });

  it('refuses a credit code another organization has, and drops an entry with a note', async () => {
    const [chessEntry] = (await bureau.get('/api/registration-candidates?status=tracking')).json().items;
    const taken = await bureau.post(`/api/registration-candidates/${chessEntry.id}/outcome`, {
      outcome: 'registered', creditCode: testCreditCode('51', 1), registeredType: 'social_group', registrationAuthority: '清城区民政局', registeredOn: '2026-11-02',
    });
    expect(messages(taken)).toEqual([{ path: 'creditCode', message: '该统一社会信用代码已被其他组织使用' }]);
    expect(messages(await bureau.post(`/api/registration-candidates/${chessEntry.id}/outcome`, { outcome: 'dropped' }))[0].path).toBe('note');
    const dropped = await bureau.post(`/api/registration-candidates/${chessEntry.id}/outcome`, { outcome: 'dropped', note: '成员减少，暂不具备登记条件' });
    expect(dropped.json()).toMatchObject({ status: 'dropped', outcomeNote: '成员减少，暂不具备登记条件' });
    expect((await bureau.get(`/api/organizations/${chess}`)).json().organization.orgClass).toBe('filed');
  });
});

describe('registration ledger: access', () => {
  it('refuses anonymous users, other roles, and the bureau of another district', async () => {
    const [any] = (await bureau.get('/api/registration-candidates')).json().items;
    expect((await t.anonymous.get('/api/registration-candidates')).statusCode).toBe(401);
    for (const username of ['volunteer', 'street', 'street2', 'hub', 'committee']) {
      const client = await t.login(username);
      expect((await client.get('/api/registration-candidates')).statusCode).toBe(403);
      expect((await client.get(`/api/registration-candidates/${any.id}`)).statusCode).toBe(403);
    }
    expect((await street.post('/api/registration-candidates', { organizationId: guided, reason: '街道推荐' })).statusCode).toBe(403);

    const qingxin = await newStaff(t, admin, { username: 'qx.bureau', role: 'bureau', jurisdictionCode: '441803' });
    expect((await qingxin.get('/api/registration-candidates')).json().total).toBe(0);
    expect((await qingxin.get(`/api/registration-candidates/${any.id}`)).statusCode).toBe(404);
    expect((await qingxin.post(`/api/registration-candidates/${any.id}/visits`, { visitedOn: '2026-11-01', visitors: '清新区', content: '越权指导' })).statusCode).toBe(404);
    expect((await qingxin.post('/api/registration-candidates', { organizationId: guided, reason: '越权列入' })).statusCode).toBe(404);
  });
});
