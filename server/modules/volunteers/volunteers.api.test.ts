import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { multipartFile } from '../../test/multipart';
import { draftCompleteFiling, fileNewOrganization } from '../filings/filing-fixtures';
import { newStaff } from '../hub-ledgers/ledger-fixtures';
import { newVolunteer, volunteerIdNumber } from './volunteer-fixtures';

let t: TestApp;
let admin: TestClient;
let bureau: TestClient;
let street: TestClient;
let street2: TestClient;
let committee: TestClient;
let org: TestClient;
let hetang: TestClient;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  [admin, bureau, street, street2, committee, org] = await Promise.all(['admin', 'bureau', 'street', 'street2', 'committee', 'org'].map((u) => t.login(u)));
  hetang = await newStaff(t, admin, { username: 'hetang.clerk', role: 'committee', jurisdictionCode: '441802006002' });
  for (const [key, n, name, jurisdictionCode, skills] of [
    ['gaojili', 1, '周建国', '441802006001', ['medical', 'driving']],
    ['hetang', 2, '吴丽华', '441802006002', ['teaching']],
    ['dongcheng', 3, '郑海峰', '441802007001', ['medical']],
  ] as const) {
    const made = await newVolunteer(t, n, { name, jurisdictionCode, skills: [...skills] });
    ids[key] = made.volunteerId;
    ids[`${key}User`] = made.userId;
    ids[`${key}IdNumber`] = made.idNumber;
  }
});
afterAll(async () => { await t?.close(); });

const names = async (client: TestClient, query = '') =>
  (await client.get(`/api/volunteers?pageSize=100&${query}`)).json().items.map((v: { name: string }) => v.name).sort() as string[];
const total = async () => (await bureau.get('/api/volunteers?pageSize=1')).json().total as number;
const badCheckDigit = (id: string) => id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
const errors = (response: { json(): { errors: { path: string; message: string }[] } }) => response.json().errors;
const enrolment = (n: number, over: Record<string, unknown> = {}) => ({
  name: '林志强', idNumber: volunteerIdNumber(n, '19580303'), phone: `1591234${String(n).padStart(4, '0')}`, jurisdictionCode: '441802006001',
  skills: ['repair'], interests: ['elder_care'], availability: '周二、周四上午', consentOnPaper: true, ...over,
});
const workbook = async (rows: unknown[][], header = ['姓名', '身份证号', '手机号', '常住社区代码', '技能特长', '服务意向', '可服务时间', '已签纸质同意书']) => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('志愿者名册');
  sheet.addRow(header);
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await book.xlsx.writeBuffer());
};
const upload = async (client: TestClient, file: Buffer, query = '') =>
  client.request({ method: 'POST', url: `/api/volunteers/import${query}`, ...multipartFile(file, '志愿者名册.xlsx') });

describe('the roster staff see (志愿者名册)', () => {
  it('lists volunteers by home community inside each subtree', async () => {
    expect(await names(committee)).toEqual(['周建国', '李秀兰']);
    expect(await names(hetang)).toEqual(['吴丽华']);
    expect(await names(street)).toEqual(['吴丽华', '周建国', '李秀兰']);
    expect(await names(street2)).toEqual(['郑海峰']);
    expect(await names(bureau)).toEqual(['吴丽华', '周建国', '李秀兰', '郑海峰']);
  });

  it('filters by name, place, skill and source', async () => {
    expect(await names(street, `q=${encodeURIComponent('建国')}`)).toEqual(['周建国']);
    expect(await names(street, 'jurisdictionCode=441802006002')).toEqual(['吴丽华']);
    expect(await names(bureau, 'skill=medical')).toEqual(['周建国', '李秀兰', '郑海峰']);
    expect(await names(bureau, 'skill=teaching&jurisdictionCode=441802006')).toEqual(['吴丽华']);
    expect(await names(bureau, 'source=committee')).toEqual([]);
    expect((await street.get('/api/volunteers?source=elsewhere')).statusCode).toBe(400);
  });

  it('shows a profile with masked numbers, and keeps other places out of sight', async () => {
    const detail = await committee.get(`/api/volunteers/${ids.gaojili}`);
    expect(detail.json()).toMatchObject({ name: '周建国', communityName: '高基里社区', streetName: '凤城街道', skills: ['medical', 'driving'], source: 'self', teams: [] });
    expect(detail.json().idNumberMasked).toBe(`4418${'*'.repeat(10)}${ids.gaojiliIdNumber.slice(-4)}`);
    expect(detail.json().phoneMasked).toMatch(/^139\*{4}\d{4}$/);
    expect(detail.body).not.toContain(ids.gaojiliIdNumber);

    expect((await street2.get(`/api/volunteers/${ids.gaojili}`)).statusCode).toBe(404);
    expect((await hetang.get(`/api/volunteers/${ids.gaojili}`)).statusCode).toBe(404);
    expect((await street2.get('/api/volunteers?jurisdictionCode=441802006001')).statusCode).toBe(403);
    expect((await committee.get('/api/volunteers?jurisdictionCode=441802006002')).statusCode).toBe(403);
  });

  it('exports the list with masked numbers', async () => {
    const xlsx = await street.get('/api/volunteers?format=xlsx&skill=medical');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    const sheet = book.getWorksheet('志愿者名册')!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['姓名', '身份证号', '手机号', '社区/村', '技能特长', '所在队伍']));
    const rows = [2, 3].map((r) => sheet.getRow(r).values as unknown[]);
    const zhou = rows.find((r) => r.includes('周建国'))!;
    expect(zhou).toEqual(expect.arrayContaining(['男', `4418${'*'.repeat(10)}${ids.gaojiliIdNumber.slice(-4)}`, '高基里社区', '医疗护理、驾驶', '本人注册']));
    expect(JSON.stringify(rows)).not.toContain(ids.gaojiliIdNumber);
    expect(sheet.rowCount).toBe(3);
  });
});

describe('enrolment by a committee (录入)', () => {
  it('enrols a resident who signed on paper, with no portal account', async () => {
    const enrolled = await committee.post('/api/volunteers', enrolment(10));
    expect(enrolled.statusCode).toBe(200);
    expect(enrolled.json()).toMatchObject({ name: '林志强', source: 'committee', userId: null, communityName: '高基里社区', skills: ['repair'], consentVersion: '2026-11' });
    expect(enrolled.json().phoneMasked).toBe('159****0010');
    expect(await names(committee, 'source=committee')).toEqual(['林志强']);
    const [audit] = (await admin.get('/api/audit-logs?action=volunteer.enrol')).json().items;
    expect(audit).toMatchObject({ actorUsername: 'committee', targetId: enrolled.json().id });
  });

  it('refuses without the paper consent, a taken ID, bad words, and a place outside the committee, writing nothing', async () => {
    const before = await total();
    expect(errors(await committee.post('/api/volunteers', enrolment(11, { consentOnPaper: false }))))
      .toEqual([{ path: 'consentOnPaper', message: '请确认已取得本人签字的纸质《志愿者个人信息处理同意书》' }]);
    const taken = await committee.post('/api/volunteers', enrolment(11, { idNumber: ids.gaojiliIdNumber }));
    expect([taken.statusCode, errors(taken)]).toEqual([409, [{ path: 'idNumber', message: '该身份证号已注册为志愿者' }]]);
    expect(errors(await committee.post('/api/volunteers', enrolment(11, { interests: ['karaoke'] })))).toEqual([{ path: 'interests', message: '服务意向须从字典中选择' }]);
    expect(errors(await committee.post('/api/volunteers', enrolment(11, { idNumber: badCheckDigit(volunteerIdNumber(11)) }))))
      .toEqual([{ path: 'idNumber', message: '身份证号码无效（校验位或出生日期不正确）' }]);
    expect((await committee.post('/api/volunteers', enrolment(11, { jurisdictionCode: '441802006002' }))).statusCode).toBe(403);
    expect((await street.post('/api/volunteers', enrolment(11))).statusCode).toBe(403);
    expect((await hetang.post('/api/volunteers', enrolment(11, { jurisdictionCode: '441802006002', teamId: '00000000-0000-4000-8000-000000000000' }))).statusCode).toBe(404);
    expect(await total()).toBe(before);
  });
});

describe('Excel import (导入)', () => {
  const row = (n: number, over: Partial<Record<'name' | 'idNumber' | 'phone' | 'place' | 'skills' | 'interests' | 'availability' | 'consent', string>> = {}) => [
    over.name ?? `导入志愿者${n}`, over.idNumber ?? volunteerIdNumber(n, '19700101'), over.phone ?? `1361234${String(n).padStart(4, '0')}`,
    over.place ?? '', over.skills ?? '医疗护理、legal', over.interests ?? '助老服务', over.availability ?? '周末', over.consent ?? '是',
  ];

  it('serves a template with the columns and a note sheet', async () => {
    const template = await committee.get('/api/volunteers/import-template');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as never);
    expect(book.worksheets[0].getRow(1).values).toEqual(expect.arrayContaining(['姓名', '身份证号', '手机号', '常住社区代码', '技能特长', '已签纸质同意书']));
    expect(book.getWorksheet('填写说明')).toBeDefined();
  });

  it('refuses a file with row errors in Chinese, importing none of it', async () => {
    const before = await total();
    const unreadable = await upload(committee, await workbook([
      row(20),
      row(21, { idNumber: badCheckDigit(volunteerIdNumber(21, '19700101')) }),
      row(22, { idNumber: volunteerIdNumber(20, '19700101') }),
      row(23, { consent: '否' }),
      row(24, { phone: '1234' }),
    ]));
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json().title).toBe('导入失败：共 4 处错误，未导入任何数据');
    expect(errors(unreadable)).toEqual([
      { path: '第3行 身份证号', message: '身份证号码无效（校验位或出生日期不正确）' },
      { path: '第4行', message: '与第 2 行重复' },
      { path: '第5行 已签纸质同意书', message: '请确认已取得本人签字的纸质《志愿者个人信息处理同意书》' },
      { path: '第6行 手机号', message: '手机号码无效' },
    ]);
    // Rows that read well are then checked against the registry, the tree and the dictionaries.
    const unknown = await upload(committee, await workbook([
      row(20),
      row(23, { idNumber: ids.gaojiliIdNumber }),
      row(24, { skills: '杂技' }),
      row(25, { place: '441802006002' }),
      row(27, { place: '441802006998', interests: '助老服务、遛鸟' }),
    ]));
    expect(unknown.json().title).toBe('导入失败：共 5 处错误，未导入任何数据');
    expect(errors(unknown)).toEqual([
      { path: '第3行 身份证号', message: '该身份证号已注册为志愿者' },
      { path: '第4行 技能特长', message: '技能特长须从字典中选择' },
      { path: '第5行 常住社区代码', message: '常住社区不在您的管辖范围内' },
      { path: '第6行 常住社区代码', message: '常住社区须为区划中的社区或村（12 位代码）' },
      { path: '第6行 服务意向', message: '服务意向须从字典中选择' },
    ]);
    expect(await total()).toBe(before);
    const empty = await upload(committee, await workbook([]));
    expect(errors(empty)).toEqual([{ path: '第2行', message: '文件中没有志愿者数据' }]);
    expect(errors(await upload(committee, await workbook([row(20)], ['姓名', '手机号']))).map((e) => e.message)).toEqual(expect.arrayContaining(['缺少必需的列“身份证号”']));
    expect(await total()).toBe(before);
  });

  it('imports a good file whole, words as dictionary codes, the committee\'s community by default', async () => {
    const before = await total();
    const imported = await upload(committee, await workbook([row(30), row(31, { place: '441802006001', skills: '', interests: '关爱儿童、Elder care' })]));
    expect(imported.json()).toEqual({ imported: 2 });
    expect(await total()).toBe(before + 2);
    const items = (await committee.get('/api/volunteers?source=import')).json().items;
    expect(items.map((v: { name: string; jurisdictionCode: string; skills: string[]; interests: string[] }) => [v.name, v.jurisdictionCode, v.skills, v.interests]).sort()).toEqual([
      ['导入志愿者30', '441802006001', ['medical', 'legal'], ['elder_care']],
      ['导入志愿者31', '441802006001', [], ['child_care', 'elder_care']],
    ]);
    expect(errors(await upload(committee, await workbook([row(30)])))).toEqual([{ path: '第2行 身份证号', message: '该身份证号已注册为志愿者' }]);
  });
});

describe('stations (志愿服务站)', () => {
  let committeeUser: string;
  let station: string;
  beforeAll(async () => {
    committeeUser = (await committee.get('/api/auth/session')).json().user.id;
  });

  it('sets up a station with a manager of its area or a volunteer in scope', async () => {
    const created = await street.post('/api/volunteer-stations', { name: '凤城街道新时代文明实践志愿服务站', jurisdictionCode: '441802006', address: '凤城街道办事处一楼', managerUserId: committeeUser });
    expect(created.statusCode).toBe(200);
    station = created.json().id;
    expect(created.json()).toMatchObject({ placeName: '凤城街道', address: '凤城街道办事处一楼', managerName: '高基里社区居委会', teamCount: 0 });
    const byCommittee = await committee.post('/api/volunteer-stations', { name: '高基里社区学雷锋志愿服务站', jurisdictionCode: '441802006001', managerUserId: ids.gaojiliUser });
    expect(byCommittee.json()).toMatchObject({ managerName: '周建国' });
    const renamed = await street.patch(`/api/volunteer-stations/${station}`, { name: '凤城街道志愿服务站', address: null, managerUserId: ids.hetangUser });
    expect(renamed.json()).toMatchObject({ name: '凤城街道志愿服务站', address: null, managerName: '吴丽华' });

    const stations = async (client: TestClient) => (await client.get('/api/volunteer-stations')).json().items.map((s: { name: string }) => s.name).sort();
    expect(await stations(street)).toEqual(['凤城街道志愿服务站', '高基里社区学雷锋志愿服务站']);
    expect(await stations(committee)).toEqual(['高基里社区学雷锋志愿服务站']);
    expect(await stations(street2)).toEqual([]);
  });

  it('refuses a place outside, a place that is no street or community, a taken name and a manager out of reach', async () => {
    const count = async () => (await bureau.get('/api/volunteer-stations')).json().total;
    const before = await count();
    expect((await committee.post('/api/volunteer-stations', { name: '越权服务站', jurisdictionCode: '441802006002' })).statusCode).toBe(403);
    expect((await street2.post('/api/volunteer-stations', { name: '越权服务站', jurisdictionCode: '441802006' })).statusCode).toBe(403);
    expect(errors(await street.post('/api/volunteer-stations', { name: '不存在的站', jurisdictionCode: '441802006999' })))
      .toEqual([{ path: 'jurisdictionCode', message: '服务站和队伍须设在街道（乡镇）或社区（村）' }]);
    const taken = await street.post('/api/volunteer-stations', { name: '凤城街道志愿服务站', jurisdictionCode: '441802006' });
    expect([taken.statusCode, errors(taken)]).toEqual([409, [{ path: 'name', message: '该区域已有同名服务站' }]]);
    const manager = (userId: string) => street.post('/api/volunteer-stations', { name: '负责人测试站', jurisdictionCode: '441802006', managerUserId: userId });
    const outside = [{ path: 'managerUserId', message: '负责人须为该区域内的账号，或您管辖范围内志愿者的账号' }];
    expect(errors(await manager(ids.dongchengUser))).toEqual(outside);
    expect(errors(await manager((await street2.get('/api/auth/session')).json().user.id))).toEqual(outside);
    expect(errors(await manager('00000000-0000-4000-8000-000000000000'))).toEqual(outside);
    expect((await street2.patch(`/api/volunteer-stations/${station}`, { name: '改名' })).statusCode).toBe(404);
    expect((await committee.patch(`/api/volunteer-stations/${station}`, { name: '改名' })).statusCode).toBe(404);
    expect(await count()).toBe(before);
  });
});

describe('teams and members (志愿服务队)', () => {
  let committeeTeam: string;
  let stationTeam: string;
  let orgTeam: string;
  let dance: string;
  beforeAll(async () => {
    dance = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区夕阳红舞蹈队' })).organizationId;
  });

  it('forms a committee\'s, a station\'s and an organization\'s team', async () => {
    const committeeTeamResponse = await committee.post('/api/volunteer-teams', { name: '高基里社区巡逻队', managerUserId: ids.gaojiliUser });
    expect(committeeTeamResponse.json()).toMatchObject({ jurisdictionCode: '441802006001', stationId: null, organizationId: null, managerName: '周建国', memberCount: 0 });
    committeeTeam = committeeTeamResponse.json().id;
    const [station] = (await street.get(`/api/volunteer-stations?q=${encodeURIComponent('凤城街道')}`)).json().items;
    const stationTeamResponse = await street.post('/api/volunteer-teams', { name: '凤城街道应急志愿队', stationId: station.id });
    expect(stationTeamResponse.json()).toMatchObject({ jurisdictionCode: '441802006', stationName: '凤城街道志愿服务站' });
    stationTeam = stationTeamResponse.json().id;
    const orgTeamResponse = await org.post('/api/volunteer-teams', { name: '夕阳红文艺志愿队', organizationId: dance });
    expect(orgTeamResponse.json()).toMatchObject({ jurisdictionCode: '441802006001', organizationName: '高基里社区夕阳红舞蹈队' });
    orgTeam = orgTeamResponse.json().id;

    const teams = async (client: TestClient) => (await client.get('/api/volunteer-teams')).json().items.map((s: { name: string }) => s.name).sort();
    expect(await teams(org)).toEqual(['夕阳红文艺志愿队']);
    expect(await teams(committee)).toEqual(['夕阳红文艺志愿队', '高基里社区巡逻队']);
    expect(await teams(street)).toEqual(['凤城街道应急志愿队', '夕阳红文艺志愿队', '高基里社区巡逻队']);
    expect(await teams(street2)).toEqual([]);
    expect((await street.get(`/api/volunteer-stations?q=${encodeURIComponent('凤城街道志愿')}`)).json().items[0].teamCount).toBe(1);
  });

  it('refuses a team with two owners, an organization not the leader\'s or not active, a taken name, and teams out of reach', async () => {
    const count = async () => (await bureau.get('/api/volunteer-teams')).json().total;
    const before = await count();
    const [station] = (await street.get(`/api/volunteer-stations?q=${encodeURIComponent('凤城街道')}`)).json().items;
    expect(errors(await street.post('/api/volunteer-teams', { name: '双重队', stationId: station.id, organizationId: dance })))
      .toEqual([{ path: 'organizationId', message: '队伍只能属于一个组织或一个服务站' }]);
    expect(errors(await org.post('/api/volunteer-teams', { name: '无主队' }))).toEqual([{ path: 'organizationId', message: '请选择队伍所属的本组织' }]);
    const draft = (await street.get(`/api/filings/${await draftCompleteFiling(org, { name: '高基里社区合唱团' })}`)).json().organization.id;
    expect(errors(await org.post('/api/volunteer-teams', { name: '合唱志愿队', organizationId: draft })))
      .toEqual([{ path: 'organizationId', message: '只有正常活动的组织可以组建志愿服务队' }]);
    const guided = (await committee.post('/api/organizations/guided', { name: '高基里社区编织小组', category: 'mutual_aid', jurisdictionCode: '441802006001', leaderName: '何兰' })).json().id;
    expect((await org.post('/api/volunteer-teams', { name: '借名队', organizationId: guided })).statusCode).toBe(404);
    expect((await org.post('/api/volunteer-teams', { name: '借站队', organizationId: dance, stationId: station.id })).statusCode).toBe(400);
    const taken = await committee.post('/api/volunteer-teams', { name: '高基里社区巡逻队' });
    expect([taken.statusCode, errors(taken)]).toEqual([409, [{ path: 'name', message: '该区域已有同名队伍' }]]);
    expect((await committee.post('/api/volunteer-teams', { name: '越权队', jurisdictionCode: '441802006002' })).statusCode).toBe(403);
    expect((await org.patch(`/api/volunteer-teams/${committeeTeam}`, { name: '改名' })).statusCode).toBe(404);
    expect((await street2.patch(`/api/volunteer-teams/${committeeTeam}`, { name: '改名' })).statusCode).toBe(404);
    expect((await hetang.patch(`/api/volunteer-teams/${committeeTeam}`, { name: '改名' })).statusCode).toBe(404);
    expect(await count()).toBe(before);
    expect((await org.patch(`/api/volunteer-teams/${orgTeam}`, { name: '夕阳红文艺志愿服务队' })).json().name).toBe('夕阳红文艺志愿服务队');
    expect(errors(await committee.patch(`/api/volunteer-teams/${orgTeam}`, { name: '高基里社区巡逻队' }))).toEqual([{ path: 'name', message: '该区域已有同名队伍' }]);
  });

  it('adds and removes members living in the team\'s area', async () => {
    const added = await committee.post(`/api/volunteer-teams/${committeeTeam}/members`, { volunteerId: ids.gaojili });
    expect(added.json().memberCount).toBe(1);
    expect(errors(await committee.post(`/api/volunteer-teams/${committeeTeam}/members`, { volunteerId: ids.gaojili })))
      .toEqual([{ path: 'volunteerId', message: '已是该队伍的成员' }]);
    expect((await committee.post(`/api/volunteer-teams/${committeeTeam}/members`, { volunteerId: ids.hetang })).statusCode).toBe(404);
    expect(errors(await street.post(`/api/volunteer-teams/${committeeTeam}/members`, { volunteerId: ids.hetang })))
      .toEqual([{ path: 'volunteerId', message: '常住社区不在该队伍的服务范围内' }]);
    expect((await street2.post(`/api/volunteer-teams/${committeeTeam}/members`, { volunteerId: ids.dongcheng })).statusCode).toBe(404);
    expect((await street.post(`/api/volunteer-teams/${stationTeam}/members`, { volunteerId: ids.hetang })).json().memberCount).toBe(1);

    expect((await street.post(`/api/volunteer-teams/${stationTeam}/members`, { volunteerId: ids.gaojili })).json().memberCount).toBe(2);

    expect(await names(street, `teamId=${stationTeam}`)).toEqual(['吴丽华', '周建国']);
    expect((await street.get(`/api/volunteers/${ids.hetang}`)).json().teams).toEqual([expect.objectContaining({ id: stationTeam, name: '凤城街道应急志愿队', placeName: '凤城街道' })]);
    // The committee sees its resident's membership of the street's team too, though the team sits above it.
    expect((await committee.get(`/api/volunteers/${ids.gaojili}`)).json().teams.map((team: { name: string }) => team.name).sort())
      .toEqual(['凤城街道应急志愿队', '高基里社区巡逻队']);

    expect((await street.delete(`/api/volunteer-teams/${stationTeam}/members/${ids.hetang}`)).json().memberCount).toBe(1);
    const again = await street.delete(`/api/volunteer-teams/${stationTeam}/members/${ids.hetang}`);
    expect([again.statusCode, again.json().title]).toEqual([409, '不是该队伍的成员']);
    expect((await street2.delete(`/api/volunteer-teams/${committeeTeam}/members/${ids.gaojili}`)).statusCode).toBe(404);
    expect((await org.delete(`/api/volunteer-teams/${committeeTeam}/members/${ids.gaojili}`)).statusCode).toBe(404);
    expect(await names(committee, `teamId=${committeeTeam}`)).toEqual(['周建国']);
  });

  it('lets an organization enrol and import only into its own teams, and see only their members', async () => {
    expect(await names(org)).toEqual([]);
    const enrolled = await org.post('/api/volunteers', enrolment(40, { name: '舞蹈队志愿者', teamId: orgTeam }));
    expect(enrolled.json()).toMatchObject({ source: 'organization', teams: [expect.objectContaining({ id: orgTeam })] });
    expect(errors(await org.post('/api/volunteers', enrolment(41)))).toEqual([{ path: 'teamId', message: '请选择志愿者加入的本组织队伍' }]);
    expect((await org.post('/api/volunteers', enrolment(41, { teamId: committeeTeam }))).statusCode).toBe(404);
    expect((await org.post('/api/volunteers', enrolment(41, { teamId: orgTeam, jurisdictionCode: '441802006002' }))).statusCode).toBe(403);
    expect((await upload(org, await workbook([[ '组织导入', volunteerIdNumber(42, '19700101'), '13612340042', '', '', '', '', '是' ]]))).json().errors)
      .toEqual([{ path: 'teamId', message: '请选择志愿者加入的本组织队伍' }]);
    const imported = await upload(org, await workbook([['组织导入', volunteerIdNumber(42, '19700101'), '13612340042', '', '文艺表演', '', '', '是']]), `?teamId=${orgTeam}`);
    expect(imported.json()).toEqual({ imported: 1 });

    expect(await names(org)).toEqual(['组织导入', '舞蹈队志愿者']);
    expect(await names(org, `teamId=${orgTeam}`)).toEqual(['组织导入', '舞蹈队志愿者']);
    expect((await org.get(`/api/volunteers/${ids.gaojili}`)).statusCode).toBe(404);
    expect((await committee.get(`/api/volunteers/${enrolled.json().id}`)).json().teams.map((team: { name: string }) => team.name)).toEqual(['夕阳红文艺志愿服务队']);
    expect((await org.post(`/api/volunteer-teams/${orgTeam}/members`, { volunteerId: ids.gaojili })).json().memberCount).toBe(3);
    expect(await names(org)).toEqual(['周建国', '组织导入', '舞蹈队志愿者']);
  });
});
