import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { demoVolunteerRecord } from '../../demo/demo-people';
import { volunteerIdNumber } from './volunteer-fixtures';

let t: TestApp;
let admin: TestClient;
let bureau: TestClient;
let street: TestClient;
let committee: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  [admin, bureau, street, committee] = await Promise.all(['admin', 'bureau', 'street', 'committee'].map((u) => t.login(u)));
});
afterAll(async () => { await t?.close(); });

const password = 'Qingyuan#2026';
const registration = (n: number, over: Record<string, unknown> = {}) => ({
  name: '王小明', idNumber: volunteerIdNumber(n, '19900215'), phone: `1371234${String(n).padStart(4, '0')}`, jurisdictionCode: '441802006001',
  skills: ['teaching', 'it'], interests: ['child_care'], availability: '周末下午', password, consent: true, ...over,
});
const register = (body: Record<string, unknown>) => t.anonymous.post('/api/public/volunteers', body);
const errors = (response: { json(): { errors: { path: string; message: string }[] } }) => response.json().errors;
/** Accounts, volunteers and registration audit rows: what a refused registration must leave as it was. */
const written = async () => ({
  users: (await admin.get('/api/users?pageSize=1')).json().total as number,
  volunteers: (await bureau.get('/api/volunteers?pageSize=1')).json().total as number,
  audit: (await admin.get('/api/audit-logs?action=volunteer.register&pageSize=1')).json().total as number,
});

describe('portal registration (志愿者注册)', () => {
  it('shows the consent text with its version, and the skills and interests to choose from', async () => {
    const consent = (await t.anonymous.get('/api/public/volunteer-consent')).json();
    expect(consent.version).toBe('2026-11');
    expect(consent.text).toContain('志愿者个人信息处理同意书');
    expect(consent.text).toContain('居民身份证号码属于敏感个人信息');
    const english = await t.anonymous.request({ method: 'GET', url: '/api/public/volunteer-consent', headers: { 'x-lang': 'en' } });
    expect(english.json().text).toContain('sensitive personal data');
    const vocabulary = (await t.anonymous.get('/api/public/volunteer-vocabulary')).json();
    expect(vocabulary.skills).toEqual(expect.arrayContaining([{ code: 'medical', labelZh: '医疗护理', labelEn: 'Medical and nursing' }]));
    expect(vocabulary.interests.map((i: { code: string }) => i.code)).toContain('elder_care');
  });

  it('creates the account and the volunteer, signs the person in, and keeps the numbers masked', async () => {
    const before = await written();
    const body = registration(1);
    const registered = await register(body);
    expect(registered.statusCode).toBe(200);
    expect(registered.json()).toMatchObject({
      user: { username: body.phone, displayName: '王小明', role: 'volunteer', jurisdictionCode: '441802006001', jurisdictionName: '高基里社区', phoneMasked: '137****0001' },
      permissions: expect.arrayContaining(['volunteer.self']),
      passwordExpired: false,
    });
    const cookie = registered.cookies.find((c) => c.name === 'linli_session');
    expect(cookie?.httpOnly).toBe(true);

    const me = await t.app.inject({ method: 'GET', url: '/api/volunteers/me', headers: { cookie: `linli_session=${cookie!.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      name: '王小明', gender: 'male', communityName: '高基里社区', streetName: '凤城街道', phoneMasked: '137****0001',
      skills: ['teaching', 'it'], interests: ['child_care'], availability: '周末下午', source: 'self', consentVersion: '2026-11',
      signupRestrictedUntil: null, teams: [],
    });
    expect(me.json().idNumberMasked).toBe(`4418${'*'.repeat(10)}${body.idNumber.slice(-4)}`);
    expect(me.body).not.toContain(body.idNumber);
    expect(me.body).not.toContain(body.phone);

    // The account signs in like any other, with the mobile number as its username.
    const again = await t.login(body.phone, password);
    expect((await again.get('/api/volunteers/me')).json().id).toBe(me.json().id);

    expect(await written()).toEqual({ users: before.users + 1, volunteers: before.volunteers + 1, audit: before.audit + 1 });
    const [audit] = (await admin.get('/api/audit-logs?action=volunteer.register')).json().items;
    expect(audit).toMatchObject({ actorUsername: body.phone, targetId: me.json().id, jurisdictionCode: '441802006001', outcome: 'success' });
    expect(JSON.stringify(audit)).not.toContain(body.idNumber);
    const logins = (await admin.get(`/api/audit-logs?action=auth.login&q=${body.phone}`)).json().items;
    expect(logins.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses bad input, a taken ID or phone, an unknown place or word, no consent and a weak password, writing nothing', async () => {
    const before = await written();
    const refused = async (body: Record<string, unknown>, status: number) => {
      const response = await register(body);
      expect(response.statusCode).toBe(status);
      return errors(response);
    };
    const badId = volunteerIdNumber(2, '19900215').slice(0, 17) + (volunteerIdNumber(2, '19900215').endsWith('1') ? '2' : '1');
    expect(await refused(registration(2, { idNumber: badId }), 400)).toEqual([{ path: 'idNumber', message: '身份证号码无效（校验位或出生日期不正确）' }]);
    expect(await refused(registration(2, { idNumber: demoVolunteerRecord.idNumber }), 409)).toEqual([{ path: 'idNumber', message: '该身份证号已注册为志愿者' }]);
    expect(await refused(registration(2, { phone: registration(1).phone }), 409)).toEqual([{ path: 'phone', message: '该手机号已注册账号，请直接登录' }]);
    expect(await refused(registration(2, { phone: '12345' }), 400)).toEqual([{ path: 'phone', message: '手机号码无效' }]);
    expect(await refused(registration(2, { jurisdictionCode: '441802006999' }), 400)).toEqual([{ path: 'jurisdictionCode', message: '常住社区须为区划中的社区或村（12 位代码）' }]);
    expect(await refused(registration(2, { jurisdictionCode: '441802006' }), 400)).toEqual([{ path: 'jurisdictionCode', message: '常住社区须为区划中的社区或村（12 位代码）' }]);
    expect(await refused(registration(2, { skills: ['medical', 'flying'], interests: ['stargazing'] }), 400)).toEqual([
      { path: 'skills', message: '技能特长须从字典中选择' }, { path: 'interests', message: '服务意向须从字典中选择' },
    ]);
    expect(await refused(registration(2, { consent: false }), 400)).toEqual([{ path: 'consent', message: '请阅读并同意《志愿者个人信息处理同意书》' }]);
    expect(await refused(registration(2, { consent: undefined }), 400)).toEqual([{ path: 'consent', message: '请阅读并同意《志愿者个人信息处理同意书》' }]);
    expect(await refused(registration(2, { password: 'abcdefg' }), 400)).toEqual([
      { path: 'password', message: '密码至少 8 位' }, { path: 'password', message: '密码须包含大写字母、小写字母、数字、特殊字符中的至少 3 类' },
    ]);
    expect(await refused(registration(2, { password: `Ab#${registration(2).phone}` }), 400)).toEqual([{ path: 'password', message: '密码不能包含用户名' }]);
    expect((await refused(registration(2, { name: '', idNumber: 'x' }), 400)).map((e) => e.path).sort()).toEqual(['idNumber', 'name']);
    expect(await written()).toEqual(before);
    await expect(t.login(registration(2).phone, password)).rejects.toThrow(/401/);
  });
});

describe('我的 (a volunteer\'s own profile)', () => {
  let volunteer: TestClient;
  let homeTeam: string;
  let streetTeam: string;
  let otherTeam: string;
  beforeAll(async () => {
    await register(registration(3, { name: '陈晓燕', idNumber: volunteerIdNumber(3, '19920802') }));
    volunteer = await t.login(registration(3).phone, password);
    homeTeam = (await committee.post('/api/volunteer-teams', { name: '高基里社区邻里守望队' })).json().id;
    const station = (await street.post('/api/volunteer-stations', { name: '凤城街道学雷锋志愿服务站', jurisdictionCode: '441802006' })).json();
    streetTeam = (await street.post('/api/volunteer-teams', { name: '凤城街道应急志愿队', stationId: station.id })).json().id;
    otherTeam = (await street.post('/api/volunteer-teams', { name: '鹤堂社区助老队', jurisdictionCode: '441802006002' })).json().id;
  });

  it('corrects skills, interests and availability, refusing unknown words', async () => {
    const updated = await volunteer.patch('/api/volunteers/me', { skills: ['legal'], interests: ['legal_aid', 'elder_care'], availability: '工作日晚上' });
    expect(updated.json()).toMatchObject({ skills: ['legal'], interests: ['legal_aid', 'elder_care'], availability: '工作日晚上' });
    const refused = await volunteer.patch('/api/volunteers/me', { skills: ['juggling'], availability: '随时' });
    expect(errors(refused)).toEqual([{ path: 'skills', message: '技能特长须从字典中选择' }]);
    expect((await volunteer.get('/api/volunteers/me')).json()).toMatchObject({ skills: ['legal'], availability: '工作日晚上' });
    expect((await volunteer.patch('/api/volunteers/me', { availability: 'x'.repeat(201) })).statusCode).toBe(400);
  });

  it('joins and leaves the teams open to its community and street, not others', async () => {
    const open = (await volunteer.get('/api/volunteers/me')).json().openTeams.map((team: { name: string }) => team.name);
    expect(open).toEqual(expect.arrayContaining(['高基里社区邻里守望队', '凤城街道应急志愿队']));
    expect(open).not.toContain('鹤堂社区助老队');

    const joined = await volunteer.post(`/api/volunteers/me/teams/${homeTeam}`);
    expect(joined.json().teams).toEqual([expect.objectContaining({ id: homeTeam, name: '高基里社区邻里守望队', placeName: '高基里社区' })]);
    expect(joined.json().openTeams.map((team: { id: string }) => team.id)).not.toContain(homeTeam);
    expect((await volunteer.post(`/api/volunteers/me/teams/${streetTeam}`)).json().teams).toHaveLength(2);
    expect(errors(await volunteer.post(`/api/volunteers/me/teams/${homeTeam}`))).toEqual([{ path: 'volunteerId', message: '已是该队伍的成员' }]);
    expect((await volunteer.post(`/api/volunteers/me/teams/${otherTeam}`)).statusCode).toBe(404);
    expect((await volunteer.post('/api/volunteers/me/teams/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await committee.get(`/api/volunteers?teamId=${homeTeam}`)).json().items.map((v: { name: string }) => v.name)).toEqual(['陈晓燕']);

    const left = await volunteer.delete(`/api/volunteers/me/teams/${homeTeam}`);
    expect(left.json().teams.map((team: { id: string }) => team.id)).toEqual([streetTeam]);
    const twice = await volunteer.delete(`/api/volunteers/me/teams/${homeTeam}`);
    expect([twice.statusCode, twice.json().title]).toEqual([409, '不是该队伍的成员']);
    expect((await committee.get(`/api/volunteers?teamId=${homeTeam}`)).json().total).toBe(0);
    const audit = (await admin.get('/api/audit-logs?q=volunteerTeam&pageSize=50')).json().items.map((a: { action: string }) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['volunteerTeam.join', 'volunteerTeam.leave']));
  });

  it('answers the stations and teams the volunteer runs', async () => {
    expect((await volunteer.get('/api/volunteers/me/managed')).json()).toEqual({ stations: [], teams: [] });
    const { user } = (await volunteer.get('/api/auth/session')).json();
    const station = (await street.post('/api/volunteer-stations', { name: '高基里社区志愿服务站', jurisdictionCode: '441802006001', managerUserId: user.id })).json();
    const managed = (await volunteer.get('/api/volunteers/me/managed')).json();
    expect(managed.stations).toEqual([expect.objectContaining({ id: station.id, name: '高基里社区志愿服务站', managerName: '陈晓燕', placeName: '高基里社区' })]);
    expect(managed.teams).toEqual([]);
    expect((await committee.get('/api/volunteers/me/managed')).json()).toEqual({ stations: [], teams: [] });
  });

  it('shows and changes the profile for its volunteer only', async () => {
    expect((await committee.get('/api/volunteers/me')).statusCode).toBe(403);
    expect((await street.patch('/api/volunteers/me', { availability: '周末' })).statusCode).toBe(403);
    expect((await street.post(`/api/volunteers/me/teams/${homeTeam}`)).statusCode).toBe(403);
  });
});
