import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { shanghaiDate } from '../../platform/dates';
import { fileNewOrganization } from '../filings/filing-fixtures';
import { newStaff } from '../hub-ledgers/ledger-fixtures';
import { backdateFiling, submitAnnualReport } from '../annual-reports/annual-report-fixtures';
import { remindAnnualReports } from '../annual-reports/remind-annual-reports.job';
import { reviewCreditLists } from './review-credit-lists.job';
import { markOverdueRectifications } from '../spot-checks/mark-overdue-rectifications.job';

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
const today = shanghaiDate(new Date());
beforeAll(async () => {
  t = await createTestApp();
  [org, committee, street, street2, bureau, admin] = await Promise.all(['org', 'committee', 'street', 'street2', 'bureau', 'admin'].map((u) => t.login(u)));
  dance = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区夕阳红舞蹈队' })).organizationId;
  chess = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区象棋协会', category: 'culture_sports' })).organizationId;
  await backdateFiling(t, dance);
});
afterAll(async () => { await t?.close(); });

const messages = (response: { json(): { errors: { path: string; message: string }[] } }) => response.json().errors;
const publicNames = async (list = 'abnormal') =>
  (await t.anonymous.get(`/api/public/credit-lists?list=${list}`)).json().items.map((e: { organizationName: string }) => e.organizationName);
const entered = (body: Record<string, unknown>) => street.post('/api/credit-lists', { organizationId: chess, cause: 'staff_decision', reason: '通过登记的住所和联系电话多次无法取得联系', causeOn: today, ...body });

describe('credit lists (活动异常名录 · 严重违法失信名单)', () => {
  let missed: string;

  it('publishes a missed annual report’s entry with its basis; repair needs the report, then takes it off the portal and keeps it in the archive', async () => {
    await remindAnnualReports(t.services, new Date(`${lastYear + 1}-06-10T02:00:00Z`));
    const [entry] = (await street.get('/api/credit-lists')).json().items;
    missed = entry.id;
    expect(entry).toMatchObject({ organizationId: dance, list: 'abnormal', dueOn: `${lastYear + 1}-06-08`, enteredOn: `${lastYear + 1}-06-10`, enteredLate: true });
    const [published] = (await t.anonymous.get('/api/public/credit-lists?list=abnormal')).json().items;
    expect(published).toMatchObject({ organizationName: '高基里社区夕阳红舞蹈队', placeName: '高基里社区', authorityName: '凤城街道办事处', cause: '未按时报送年度报告' });
    expect(published.basis).toContain('《社会组织信用信息管理办法》');

    const repair = (statement = '已补报年度报告') => org.post(`/api/credit-lists/${missed}/requests`, { kind: 'repair', statement });
    expect(messages(await repair())).toEqual([{ path: 'kind', message: `请先报送 ${lastYear} 年度报告，再申请信用修复` }]);
    await submitAnnualReport(org, dance, lastYear);
    expect((await repair()).json()).toMatchObject({ pendingRequest: true, requests: [{ kind: 'repair', state: 'pending' }] });
    expect((await repair('再次申请')).statusCode).toBe(409);
    expect((await street.get('/api/credit-lists?pending=true')).json().total).toBe(1);

    const [request] = (await street.get(`/api/credit-lists/${missed}`)).json().requests;
    expect((await street2.post(`/api/credit-lists/${missed}/requests/${request.id}/decision`, { decision: 'granted', note: '同意' })).statusCode).toBe(404);
    expect((await committee.post(`/api/credit-lists/${missed}/requests/${request.id}/decision`, { decision: 'granted', note: '同意' })).statusCode).toBe(403);
    const granted = await street.post(`/api/credit-lists/${missed}/requests/${request.id}/decision`, { decision: 'granted', note: '已补报年报，予以信用修复' });
    expect(granted.json()).toMatchObject({ removedOn: today, exit: 'repaired', exitLabel: '信用修复', requests: [{ state: 'granted' }] });
    expect((await street.post(`/api/credit-lists/${missed}/requests/${request.id}/decision`, { decision: 'refused', note: '改判' })).statusCode).toBe(409);

    expect(await publicNames()).toEqual([]);
    expect((await street.get('/api/credit-lists?status=removed')).json().items.map((e: { id: string }) => e.id)).toEqual([missed]);
    const archive = JSON.stringify((await street.get(`/api/organizations/${dance}/archive`)).json());
    expect(archive).toContain('列入活动异常名录决定');
    expect(archive).toContain('移出活动异常名录决定');
    const timeline = (await org.get(`/api/organizations/${dance}/timeline`)).json().items.map((e: { kind: string }) => e.kind);
    expect(timeline).toEqual(expect.arrayContaining(['creditLists.entered', 'creditLists.repairRequested', 'creditLists.removed']));
  });

  it('lets staff enter a cause of their own, with its reason; refuses what is wrong, writing nothing', async () => {
    expect(messages(await entered({ causeOn: '2099-01-01' }))).toEqual([{ path: 'causeOn', message: '日期不能晚于今天' }]);
    expect(messages(await entered({ cause: 'unfixed_rectification' }))).toEqual([{ path: 'causeRef', message: '请选择该组织已逾期未整改的责令改正通知书' }]);
    const bad = await street.post('/api/credit-lists', { organizationId: 'x', cause: 'missed_annual_report', reason: '' });
    expect(messages(bad).map((e) => e.path).sort()).toEqual(['causeOn', 'cause', 'organizationId', 'reason'].sort());
    expect((await street.get('/api/credit-lists?status=all')).json().total).toBe(1);

    const made = await entered({});
    expect(made.json()).toMatchObject({ organizationId: chess, cause: 'staff_decision', authorityName: '凤城街道办事处', enteredLate: false });
    expect((await entered({})).statusCode).toBe(409);
    expect(await publicNames()).toEqual(['高基里社区象棋协会']);
  });

  it('objections are decided by the listing authority or above; refusals keep the entry', async () => {
    const [entry] = (await street.get('/api/credit-lists?status=on')).json().items;
    await org.post(`/api/credit-lists/${entry.id}/requests`, { kind: 'objection', statement: '协会每周六在社区活动室活动，联系电话已更新' });
    const [request] = (await bureau.get(`/api/credit-lists/${entry.id}`)).json().requests;
    const refused = await bureau.post(`/api/credit-lists/${entry.id}/requests/${request.id}/decision`, { decision: 'refused', note: '仍无法联系' });
    expect(refused.json()).toMatchObject({ removedOn: null, requests: [{ state: 'refused', decisionNote: '仍无法联系' }] });
    expect(await publicNames()).toEqual(['高基里社区象棋协会']);
  });

  it('moves the periods on by themselves: six months with nothing to fix, two years to the serious list, two clean years off it', async () => {
    const at = (date: string) => new Date(`${date}T02:00:00Z`);
    const [entry] = (await street.get('/api/credit-lists?status=on')).json().items;
    const sixMonthsOn = shanghaiDate(new Date(Date.parse(entry.enteredOn) + 184 * 86_400_000));
    expect(await reviewCreditLists(t.services, at(entry.enteredOn))).toEqual({ expired: 0, promoted: 0, cleared: 0 });
    expect(await reviewCreditLists(t.services, at(sixMonthsOn))).toEqual({ expired: 1, promoted: 0, cleared: 0 });

    // An unfixed cause stays, and after two years moves to the serious list.
    const year = Number(today.slice(0, 4));
    await remindAnnualReports(t.services, at(`${year + 1}-06-01`)); // the year after next: this year’s report missed
    const open = (await street.get('/api/credit-lists?status=on')).json().items;
    expect(open.map((e: { organizationName: string }) => e.organizationName).sort()).toEqual(['高基里社区夕阳红舞蹈队', '高基里社区象棋协会']);
    expect(await reviewCreditLists(t.services, at(`${year + 3}-05-31`))).toEqual({ expired: 0, promoted: 0, cleared: 0 });
    expect(await reviewCreditLists(t.services, at(`${year + 3}-06-01`))).toEqual({ expired: 0, promoted: 2, cleared: 0 });
    expect((await publicNames('serious')).sort()).toEqual(['高基里社区夕阳红舞蹈队', '高基里社区象棋协会']);
    expect(await publicNames()).toEqual([]);
    const [serious] = (await street.get('/api/credit-lists?list=serious')).json().items;
    expect(serious).toMatchObject({ cause: 'abnormal_two_years', enteredOn: `${year + 3}-06-01` });
    expect(messages(await org.post(`/api/credit-lists/${serious.id}/requests`, { kind: 'repair', statement: '问题已全部整改完毕' })))
      .toEqual([{ path: 'kind', message: '严重违法失信名单只能期满移出或经异议成立后移出，不适用信用修复' }]);

    expect(await reviewCreditLists(t.services, at(`${year + 5}-05-31`))).toEqual({ expired: 0, promoted: 0, cleared: 0 });
    expect(await reviewCreditLists(t.services, at(`${year + 5}-06-01`))).toEqual({ expired: 0, promoted: 0, cleared: 2 });
    expect(await publicNames('serious')).toEqual([]);
    const exits = (await street.get('/api/credit-lists?status=removed&pageSize=50')).json().items.map((e: { exit: string }) => e.exit).sort();
    expect(exits).toEqual(['clean_period', 'clean_period', 'expired', 'moved_to_serious', 'moved_to_serious', 'repaired']);
  });

  it('keeps other places and roles out', async () => {
    const [any] = (await street.get('/api/credit-lists?status=all')).json().items;
    expect((await t.anonymous.get('/api/credit-lists')).statusCode).toBe(401);
    for (const username of ['volunteer', 'reviewer', 'hub']) {
      const client = await t.login(username);
      expect((await client.get('/api/credit-lists')).statusCode).toBe(403);
    }
    expect((await committee.post('/api/credit-lists', { organizationId: chess, cause: 'staff_decision', reason: '居委会无权列入', causeOn: today })).statusCode).toBe(403);
    expect((await org.post('/api/credit-lists', { organizationId: chess, cause: 'staff_decision', reason: '自行列入', causeOn: today })).statusCode).toBe(403);
    expect((await street2.get(`/api/credit-lists/${any.id}`)).statusCode).toBe(404);
    expect((await street2.post('/api/credit-lists', { organizationId: chess, cause: 'staff_decision', reason: '越权列入组织', causeOn: today })).statusCode).toBe(404);
    expect((await street2.get('/api/credit-lists?jurisdictionCode=441802006')).statusCode).toBe(403);
    const qingxin = await newStaff(t, admin, { username: 'qx.bureau2', role: 'bureau', jurisdictionCode: '441803' });
    expect((await qingxin.get('/api/credit-lists')).json().total).toBe(0);
    expect((await qingxin.post(`/api/credit-lists/${any.id}/removal`, { note: '越权移出' })).statusCode).toBe(404);
  });

  it('lists an organization for a rectification left unfixed past its deadline, naming the notice', async () => {
    const notice = (await street.post('/api/supervision-notices', {
      organizationId: chess, kind: 'rectification', problems: '活动经费收支未建账', requirements: '建立收支台账并公开', deadline: today,
    })).json();
    const unfixed = { cause: 'unfixed_rectification', causeRef: notice.id, reason: `逾期未完成${notice.number}要求的整改` };
    expect(messages(await entered(unfixed))).toEqual([{ path: 'causeRef', message: '请选择该组织已逾期未整改的责令改正通知书' }]);
    await markOverdueRectifications(t.services, new Date(Date.now() + 3 * 86_400_000));
    const listed = await entered(unfixed);
    expect(listed.json()).toMatchObject({ cause: 'unfixed_rectification', causeRef: notice.id, list: 'abnormal', authorityName: '凤城街道办事处' });
    expect(listed.json().basis).toContain('第十条第（三）项');
    expect((await entered(unfixed)).statusCode).toBe(409);
  });
});
