import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { completeCharter, draftCompleteFiling, fileNewOrganization } from '../filings/filing-fixtures';
import { newStaff } from '../hub-ledgers/ledger-fixtures';

let t: TestApp;
let org: TestClient;
let committee: TestClient;
let street: TestClient;
let street2: TestClient;
let bureau: TestClient;
let hetang: TestClient;
/** Two filed organizations in 高基里社区 (A: leader a party member; B: not), one in 鹤堂社区 (C), one guided group in 高基里 (G). */
const ids = { a: '', b: '', c: '', g: '' };

beforeAll(async () => {
  t = await createTestApp();
  let admin: TestClient;
  [org, committee, street, street2, bureau, admin] = await Promise.all(['org', 'committee', 'street', 'street2', 'bureau', 'admin'].map((u) => t.login(u)));
  hetang = await newStaff(t, admin, { username: 'pb-hetang', role: 'committee', jurisdictionCode: '441802006002' });
  // Each roster has 10 members, the first three party members.
  ids.a = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区党建测试舞蹈队' })).organizationId;
  ids.b = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区党建测试合唱团', leaderPartyMember: false })).organizationId;
  ids.c = (await fileNewOrganization(t, { org: hetang, committee: hetang, street }, {
    name: '鹤堂社区党建测试义工队', jurisdictionCode: '441802006002',
  })).organizationId;
  ids.g = (await committee.post('/api/organizations/guided', {
    name: '高基里社区党建测试毽球小组', category: 'culture_sports', jurisdictionCode: '441802006001', leaderName: '冯伟明', leaderPartyMember: true, memberCount: 8,
  })).json().id;
});
afterAll(async () => { await t?.close(); });

const url = (id: string) => `/api/party-building/organizations/${id}`;
const eventsOf = (id: string) => t.services.database.query<{ kind: string; details: Record<string, unknown> }>(
  'SELECT kind, details FROM organization_events WHERE organization_id = $1 ORDER BY occurred_at', [id]);
const auditOf = (id: string) => t.services.database.query<{ actor_username: string; details: Record<string, unknown> }>(
  "SELECT actor_username, details FROM audit_log WHERE action = 'partyBuilding.update' AND target_id = $1 AND outcome = 'success' ORDER BY seq", [id]);

describe('an organization\'s party building', () => {
  it('starts from what the filed records say, with no party organization', async () => {
    const a = (await committee.get(url(ids.a))).json();
    expect(a).toMatchObject({
      organizationName: '高基里社区党建测试舞蹈队', status: 'none', branchName: null, rosterPartyMembers: 3, extraPartyMembers: 0, partyMembers: 3,
      leaderPartyMember: true, charterVersion: 1, charterHasPartyBuilding: true, instructorName: null, instructorPhoneMasked: null,
    });
    expect((await committee.get(url(ids.b))).json().leaderPartyMember).toBe(false);
  });

  it('is recorded by the street or committee, audited and on the timeline, the instructor\'s phone masked', async () => {
    const own = await street.put(url(ids.a), { status: 'own_branch', branchName: '高基里社区党建测试舞蹈队党支部', note: '2026年5月成立' });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ status: 'own_branch', branchName: '高基里社区党建测试舞蹈队党支部', partyMembers: 3 });

    const assigned = await committee.put(url(ids.b), { status: 'instructor', instructorName: '陈建国', instructorPhone: '13902229999', instructorAssignedOn: '2026-06-01' });
    expect(assigned.json()).toMatchObject({ status: 'instructor', instructorName: '陈建国', instructorPhoneMasked: '139****9999', instructorAssignedOn: '2026-06-01' });
    expect(assigned.body).not.toContain('13902229999');

    const joint = await hetang.put(url(ids.c), { status: 'joint_branch', branchName: '鹤堂社区社会组织联合党支部', extraPartyMembers: 2 });
    expect(joint.json()).toMatchObject({ status: 'joint_branch', rosterPartyMembers: 3, extraPartyMembers: 2, partyMembers: 5 });

    // Editing the note keeps the same instructor's phone, which the console never sees in full.
    const noted = await committee.put(url(ids.b), { status: 'instructor', instructorName: '陈建国', note: '每月到组织指导一次' });
    expect(noted.json()).toMatchObject({ instructorPhoneMasked: '139****9999', instructorAssignedOn: '2026-06-01', note: '每月到组织指导一次' });

    // The leader reads their own organization's, masked as well.
    const mine = await org.get(url(ids.b));
    expect(mine.json()).toMatchObject({ status: 'instructor', instructorName: '陈建国', instructorPhoneMasked: '139****9999' });
    expect(mine.body).not.toContain('13902229999');

    expect((await auditOf(ids.b)).map((a) => [a.actor_username, a.details])).toEqual([
      ['committee', { status: 'instructor', previousStatus: 'none', changed: ['status', 'instructorName', 'instructorPhone', 'instructorAssignedOn'] }],
      ['committee', { status: 'instructor', previousStatus: 'instructor', changed: ['note'] }],
    ]);
    expect(JSON.stringify(await auditOf(ids.b))).not.toContain('1390222');
    expect(await eventsOf(ids.a)).toEqual([{ kind: 'partyBuilding.updated', details: { status: 'own_branch', previousStatus: 'none' } }]);
  });

  it('refuses wrong roles with 403 and other places with 404', async () => {
    const volunteer = await t.login('volunteer');
    const reviewer = await t.login('reviewer');
    expect((await volunteer.get(url(ids.a))).statusCode).toBe(403);
    expect((await reviewer.get(url(ids.a))).statusCode).toBe(403);
    expect((await org.put(url(ids.a), { status: 'none' })).statusCode).toBe(403);
    expect((await bureau.put(url(ids.a), { status: 'none' })).statusCode).toBe(403);
    expect((await org.get(url(ids.c))).statusCode).toBe(404);
    expect((await street2.get(url(ids.a))).statusCode).toBe(404);
    expect((await street2.put(url(ids.a), { status: 'none' })).statusCode).toBe(404);
    expect((await committee.put(url(ids.c), { status: 'none' })).statusCode).toBe(404);
    expect((await street.get(url(ids.a))).json().status).toBe('own_branch');
  });

  it('refuses bad input with field errors in Chinese, writing nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ status: 'own_branch' }, 'branchName', '单独建立或联合建立党支部的，请填写党支部名称'],
      [{ status: 'joint_branch', branchName: '  ' }, 'branchName', '单独建立或联合建立党支部的，请填写党支部名称'],
      [{ status: 'instructor' }, 'instructorName', '请填写党建指导员姓名'],
      [{ status: 'instructor', instructorName: '陈建国', instructorPhone: '12345' }, 'instructorPhone', '手机号码无效'],
      [{ status: 'none', instructorName: '陈建国' }, 'status', '已派党建指导员的，覆盖情况应选择“党建指导员覆盖”或已建党支部'],
      [{ status: 'none', extraPartyMembers: -1 }, 'extraPartyMembers', ''],
    ];
    for (const [body, path, message] of cases) {
      const refused = await street.put(url(ids.a), body);
      expect(refused.statusCode).toBe(400);
      const error = refused.json().errors.find((e: { path: string }) => e.path === path);
      expect(error).toBeDefined();
      if (message) expect(error.message).toBe(message);
    }
    expect((await street.get(url(ids.a))).json()).toMatchObject({ status: 'own_branch', branchName: '高基里社区党建测试舞蹈队党支部' });
    expect(await auditOf(ids.a)).toHaveLength(1);
    expect(await eventsOf(ids.a)).toHaveLength(1);
  });
});

describe('两个覆盖 statistics', () => {
  const gaojili = {
    code: '441802006001', name: '高基里社区', self: false, active: 2, ownBranch: 1, jointBranch: 0, instructor: 1,
    organizational: 1, work: 2, organizationalRate: 0.5, workRate: 1, leaderPartyMembers: 1, partyMembers: 6,
  };
  const hetangRow = {
    code: '441802006002', name: '鹤堂社区', active: 1, ownBranch: 0, jointBranch: 1, instructor: 0,
    organizational: 1, work: 1, organizationalRate: 1, workRate: 1, leaderPartyMembers: 1, partyMembers: 5,
  };
  const fengchengTotals = {
    active: 3, ownBranch: 1, jointBranch: 1, instructor: 1, organizational: 2, work: 3,
    organizationalRate: 0.6667, workRate: 1, leaderPartyMembers: 2, partyMembers: 11,
  };

  it('counts the street\'s communities, filed and registered only unless guided groups are asked for', async () => {
    const coverage = (await street.get('/api/party-building/coverage')).json();
    expect(coverage.node).toEqual({ code: '441802006', name: '凤城街道', level: 4 });
    expect(coverage.includeGuided).toBe(false);
    expect(coverage.totals).toEqual(fengchengTotals);
    const row = (code: string) => coverage.items.find((r: { code: string }) => r.code === code);
    expect(row('441802006001')).toMatchObject(gaojili);
    expect(row('441802006002')).toMatchObject(hetangRow);
    // Every community is listed, those without organizations with zeros and no rate.
    expect(row('441802006004')).toMatchObject({ name: '花厅社区', active: 0, organizationalRate: null, workRate: null });

    const withGuided = (await street.get('/api/party-building/coverage?includeGuided=true')).json();
    expect(withGuided.items.find((r: { code: string }) => r.code === '441802006001')).toMatchObject({
      active: 3, organizational: 1, work: 2, organizationalRate: 0.3333, workRate: 0.6667, leaderPartyMembers: 2, partyMembers: 6,
    });
  });

  it('drills down from the district to the street to the community', async () => {
    const district = (await bureau.get('/api/party-building/coverage')).json();
    expect(district.path).toEqual([{ code: '441802', name: '清城区' }]);
    expect(district.items.find((r: { code: string }) => r.code === '441802006')).toMatchObject({ name: '凤城街道', ...fengchengTotals });
    expect(district.items.find((r: { code: string }) => r.code === '441802007')).toMatchObject({ name: '东城街道', active: 0 });
    expect(district.totals).toEqual(fengchengTotals);

    const streetLevel = (await bureau.get('/api/party-building/coverage?jurisdictionCode=441802006')).json();
    expect(streetLevel.path.map((p: { name: string }) => p.name)).toEqual(['清城区', '凤城街道']);
    expect(streetLevel.totals).toEqual(fengchengTotals);

    const community = (await bureau.get('/api/party-building/coverage?jurisdictionCode=441802006001')).json();
    expect(community.path.map((p: { name: string }) => p.name)).toEqual(['清城区', '凤城街道', '高基里社区']);
    expect(community.items).toEqual([{ ...gaojili, self: true }]);
    const { code: _code, name: _name, self: _self, ...figures } = gaojili;
    expect(community.totals).toEqual(figures);
  });

  it('exports the table to Excel', async () => {
    const xlsx = await street.get('/api/party-building/coverage?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('lists the organizations without a branch, by status', async () => {
    const names = async (query: string) => (await street.get(`/api/party-building/uncovered?jurisdictionCode=441802006${query}`)).json()
      .items.map((o: { name: string; status: string }) => `${o.name} ${o.status}`);
    expect(await names('')).toEqual(['高基里社区党建测试合唱团 instructor']);
    expect(await names('&status=none')).toEqual([]);
    expect(await names('&status=none&includeGuided=true')).toEqual(['高基里社区党建测试毽球小组 none']);
    const listed = (await committee.get('/api/party-building/uncovered')).json();
    expect(listed).toMatchObject({ total: 1, items: [{ id: ids.b, placeName: '高基里社区', streetName: '凤城街道', instructorName: '陈建国', partyMembers: 3 }] });
  });

  it('refuses a place outside the actor\'s subtree with 403, and roles without statistics', async () => {
    expect((await street2.get('/api/party-building/coverage?jurisdictionCode=441802006')).statusCode).toBe(403);
    expect((await street2.get('/api/party-building/uncovered?jurisdictionCode=441802006001')).statusCode).toBe(403);
    expect((await committee.get('/api/party-building/coverage?jurisdictionCode=441802006')).statusCode).toBe(403);
    expect((await org.get('/api/party-building/coverage')).statusCode).toBe(403);
    expect((await (await t.login('volunteer')).get('/api/party-building/coverage')).statusCode).toBe(403);
    // 东城街道 sees its own street, where none of these organizations are.
    expect((await street2.get('/api/party-building/coverage')).json().totals.active).toBe(0);
    expect((await street.get('/api/party-building/coverage?jurisdictionCode=4418x')).statusCode).toBe(400);
  });
});

describe('filing without the charter\'s party-building clause', () => {
  it('is refused at submission, naming charter.partyBuilding, and nothing moves', async () => {
    const filingId = await draftCompleteFiling(org, { name: '高基里社区党建测试书画社' });
    expect((await org.put(`/api/filings/${filingId}/draft`, { charter: { ...completeCharter, partyBuilding: '  ' } })).statusCode).toBe(204);
    const refused = await org.post(`/api/filings/${filingId}/transitions`, { action: 'submit' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().title).toBe('备案材料不完整：共 1 处需要补充');
    expect(refused.json().errors).toEqual([{ path: 'charter.partyBuilding', message: '此项为必填' }]);
    expect((await org.get(`/api/filings/${filingId}`)).json().state).toBe('draft');
    expect((await org.get(`/api/cases/filing/${filingId}/timeline`)).json().items).toEqual([]);
    // Until it is filed there is nothing to cover.
    const draftOrganization = (await org.get(`/api/filings/${filingId}`)).json().organization.id;
    const early = await street.put(url(draftOrganization), { status: 'instructor', instructorName: '陈建国' });
    expect(early.statusCode).toBe(409);
    expect(early.json().title).toBe('只有正常活动的组织可以登记党建情况');
  });
});
