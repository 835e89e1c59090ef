import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { closeEndedNotices } from '../filings/close-notices.job';
import { completeOrganization, draftCompleteFiling, roster } from '../filings/filing-fixtures';

let t: TestApp;
let org: TestClient;
let committee: TestClient;
let street: TestClient;
let onNoticeFiling: string;
const ids: Record<'filed' | 'registered' | 'draft' | 'rejected' | 'guided' | 'onNotice', string> = {} as never;

const registered = {
  name: '清城区凤城街道高基里社区服务中心', category: 'service', jurisdictionCode: '441802006001', leaderName: '陈建国',
  creditCode: '51310110501144395U', memberCount: 35,
};
const act = (client: TestClient, id: string, body: Record<string, unknown>) => client.post(`/api/filings/${id}/transitions`, body);
const organizationOf = async (filingId: string) => (await org.get(`/api/filings/${filingId}`)).json().organization.id as string;
const names = (list: { items: { name: string }[] }) => list.items.map((o) => o.name);
const directory = async (query = '') => (await t.anonymous.get(`/api/public/organizations${query}`)).json();

/** Drafted, submitted, forwarded and approved: on public notice. */
async function approved(name: string) {
  const id = await draftCompleteFiling(org, { name });
  await act(org, id, { action: 'submit' });
  await act(committee, id, { action: 'forward' });
  await act(street, id, { action: 'approve', opinion: '同意备案，予以公示' });
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  [org, committee, street] = await Promise.all([t.login('org'), t.login('committee'), t.login('street')]);

  const filed = await approved(completeOrganization.name);
  // The notice period is over: the job files it and issues the certificate.
  await t.services.database.db.execute(sql`UPDATE filings SET notice_ends_at = now() - interval '1 minute' WHERE id = ${filed} /*scope:filings*/`);
  expect(await closeEndedNotices(t.services)).toEqual({ completed: 1 });
  ids.filed = await organizationOf(filed);
  onNoticeFiling = await approved('高基里社区腰鼓队');
  ids.onNotice = await organizationOf(onNoticeFiling);

  ids.draft = await organizationOf(await draftCompleteFiling(org, { name: '高基里社区花鼓队' }));
  const rejected = await draftCompleteFiling(org, { name: '高基里社区象棋队' });
  await act(org, rejected, { action: 'submit' });
  await act(committee, rejected, { action: 'reject', opinion: '与已备案组织重复' });
  ids.rejected = await organizationOf(rejected);

  ids.registered = (await (await t.login('bureau')).post('/api/organizations/registered', registered)).json().id;
  ids.guided = (await committee.post('/api/organizations/guided', { name: '高基里社区编织小组', category: 'mutual_aid', jurisdictionCode: '441802006001', leaderName: '何兰' })).json().id;
});
afterAll(async () => { await t?.close(); });

describe('organization directory', () => {
  it('lists filed and registered organizations, never drafts, rejected filings, guided groups or filings under notice', async () => {
    const all = await directory('?pageSize=50');
    expect(names(all).sort()).toEqual([completeOrganization.name, registered.name].sort());
    expect(all).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect(all.items.find((o: { id: string }) => o.id === ids.filed)).toEqual({
      id: ids.filed, name: completeOrganization.name, orgClass: 'filed', category: 'culture_sports', streetName: '凤城街道',
      communityName: '高基里社区', status: 'active', certificateNumber: expect.stringMatching(/^清城社备〔\d{4}〕\d{4}号$/), certificateStatus: 'valid',
    });
    expect(all.items.find((o: { id: string }) => o.id === ids.registered)).toMatchObject({ orgClass: 'registered', certificateNumber: null, certificateStatus: null });
    for (const hidden of ['高基里社区花鼓队', '高基里社区象棋队', '高基里社区编织小组', '高基里社区腰鼓队']) {
      expect((await directory(`?q=${encodeURIComponent(hidden)}`)).total).toBe(0);
    }
  });

  it('searches by name and filters by place, category, class and status', async () => {
    const dance = await directory(`?q=${encodeURIComponent('舞蹈')}`);
    expect(names(dance)).toEqual([completeOrganization.name]);
    expect(dance).toMatchObject({ total: 1, totalIsLowerBound: false });
    expect((await directory('?place=4418')).total).toBe(2);
    expect((await directory('?place=441802006001')).total).toBe(2);
    expect((await directory('?place=441802007')).total).toBe(0);
    expect(names(await directory('?category=service'))).toEqual([registered.name]);
    expect(names(await directory('?orgClass=filed'))).toEqual([completeOrganization.name]);
    expect((await directory('?status=active')).total).toBe(2);
    expect((await directory('?status=revoked')).total).toBe(0);
    // Filters together: each combination is its own prepared statement.
    expect(names(await directory(`?q=${encodeURIComponent('舞蹈')}&place=441802006001&orgClass=filed&status=active`))).toEqual([completeOrganization.name]);
    expect((await directory(`?q=${encodeURIComponent('舞蹈')}&place=441802007`)).total).toBe(0);
    expect((await directory('?place=4418&category=service&orgClass=filed')).total).toBe(0);
    const firstPage = await directory('?pageSize=1');
    const secondPage = await directory('?pageSize=1&page=2');
    expect([...names(firstPage), ...names(secondPage)].sort()).toEqual([completeOrganization.name, registered.name].sort());
  });

  it('keeps ended organizations public, under their status', async () => {
    const setStatus = (status: string) => t.services.database.db.execute(
      sql`UPDATE organizations SET status = ${status} WHERE id = ${ids.registered} /*scope:organizations*/`);
    await setStatus('revoked');
    try {
      expect(names(await directory('?status=revoked'))).toEqual([registered.name]);
      expect((await t.anonymous.get(`/api/public/organizations/${ids.registered}`)).json().status).toBe('revoked');
    } finally {
      await setStatus('active');
    }
  });

  it('answers bad input with 400 and field errors in Chinese', async () => {
    const bad = await t.anonymous.get('/api/public/organizations?place=abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'place', message: '行政区划代码应为 2、4、6、9 或 12 位数字' }]);
    for (const query of ['status=draft', 'status=rejected', 'orgClass=guided', 'pageSize=1000', 'page=0', 'category=%3Cscript%3E']) {
      expect((await t.anonymous.get(`/api/public/organizations?${query}`)).statusCode).toBe(400);
    }
  });
});

describe('organization page', () => {
  it('shows basic information, charter, certificate and notices, the leader as 张某 and no personal numbers', async () => {
    const response = await t.anonymous.get(`/api/public/organizations/${ids.filed}`);
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({
      name: completeOrganization.name, orgClass: 'filed', status: 'active', leader: '张某', memberCount: 10,
      address: completeOrganization.address, purpose: completeOrganization.purpose, businessScope: completeOrganization.businessScope,
      foundedOn: completeOrganization.foundedOn, certificateStatus: 'valid', creditCode: null,
    });
    expect(page.place.map((p: { name: string }) => p.name)).toEqual(['广东省', '清远市', '清城区', '凤城街道', '高基里社区']);
    expect(page.charter.map((p: { titleZh: string }) => p.titleZh)).toContain('党的建设');
    expect(page.notices).toEqual([expect.objectContaining({ kind: 'filing', onNotice: false })]);
    const text = JSON.stringify(page);
    for (const personal of [completeOrganization.leaderName, completeOrganization.leaderIdNumber, completeOrganization.leaderPhone,
      completeOrganization.contactName, completeOrganization.contactPhone, ...roster(10).flatMap((m) => [m.idNumber, m.phone])]) {
      expect(text).not.toContain(personal);
    }
  });

  it('shows a registered organization with its credit code', async () => {
    expect((await t.anonymous.get(`/api/public/organizations/${ids.registered}`)).json())
      .toMatchObject({ orgClass: 'registered', creditCode: registered.creditCode, leader: '陈某', memberCount: 35, certificateNumber: null });
  });

  it('does not find drafts, rejected filings, guided groups, filings under notice or unknown ids', async () => {
    for (const id of [ids.draft, ids.rejected, ids.guided, ids.onNotice, '00000000-0000-4000-8000-000000000000']) {
      const response = await t.anonymous.get(`/api/public/organizations/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json().title).toBe('未找到组织');
    }
    expect((await t.anonymous.get('/api/public/organizations/abc')).statusCode).toBe(400);
  });
});

describe('objections', () => {
  it('refuses a reason that is too short with a Chinese message under the field, and writes nothing', async () => {
    const short = await t.anonymous.post(`/api/public/notices/${onNoticeFiling}/objections`, { reason: '太吵' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([{ path: 'reason', message: '请写明异议的事实和理由，至少 5 个字' }]);
    expect((await street.get(`/api/filings/${onNoticeFiling}`)).json().objections).toEqual([]);
  });
});

describe('places and categories', () => {
  it('walks the division tree from the provinces down, by name and code only', async () => {
    const top = (await t.anonymous.get('/api/public/places')).json();
    expect(top.items).toContainEqual({ code: '44', name: '广东省', level: 1, hasChildren: true });
    const street = (await t.anonymous.get('/api/public/places?parent=441802006')).json();
    expect(street.items).toContainEqual({ code: '441802006001', name: '高基里社区', level: 5, hasChildren: false });
    expect((await t.anonymous.get('/api/public/places?parent=999999')).json()).toEqual({ items: [] });
    const bad = await t.anonymous.get('/api/public/places?parent=abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('parent');
  });

  it('lists the organization categories in both languages', async () => {
    const { items } = (await t.anonymous.get('/api/public/categories')).json();
    expect(items).toContainEqual({ code: 'culture_sports', labelZh: '文体娱乐', labelEn: 'Culture, sports and recreation' });
  });
});
