import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { newStaff } from '../hub-ledgers/ledger-fixtures';
import { newRewardItem } from './points-fixtures';
import { volunteerIdNumber } from '../volunteers/volunteer-fixtures';

let t: TestApp;
let street: TestClient;
let street2: TestClient;
let committee: TestClient;
let org: TestClient;
let admin: TestClient;
let orgUserId: string;
beforeAll(async () => {
  t = await createTestApp();
  [street, street2, committee, org, admin] = await Promise.all(['street', 'street2', 'committee', 'org', 'admin'].map((u) => t.login(u)));
  orgUserId = (await org.get('/api/auth/session')).json().user.id;
});
afterAll(async () => { await t?.close(); });

const messages = (response: { json(): { errors: { path: string; message: string }[] } }) => response.json().errors;
const itemCount = async () => (await street.get('/api/reward-items')).json().total as number;
const publicTitles = async (query = '') =>
  (await t.anonymous.get(`/api/public/reward-items${query}`)).json().items.map((i: { title: string }) => i.title);

describe('reward catalogue (兑换目录)', () => {
  let tea: string;

  it('adds an item with a provider account and a limit, and lists it for staff of the subtree', async () => {
    const created = await street.post('/api/reward-items', {
      title: '茶叶礼盒', description: '英德红茶 100 克', providerName: '高基里社区爱心超市', providerUserId: orgUserId,
      pickupAddress: '高基里社区服务中心一楼', pointsCost: 120, stock: 5, limitCount: 1, limitPeriod: 'quarter',
    });
    expect(created.statusCode).toBe(200);
    tea = created.json().id;
    expect(created.json()).toMatchObject({
      title: '茶叶礼盒', jurisdictionCode: '441802006', placeName: '凤城街道', pointsCost: 120, stock: 5, reserved: 0, completed: 0,
      limitCount: 1, limitPeriod: 'quarter', active: true, providerAccount: { id: orgUserId, username: 'org' },
    });
    await newRewardItem(committee, { title: '理发服务一次', jurisdictionCode: '441802006001', pointsCost: 50 });

    const titles = async (client: TestClient, query = '') => (await client.get(`/api/reward-items${query}`)).json().items.map((i: { title: string }) => i.title);
    expect(await titles(street)).toEqual(['理发服务一次', '茶叶礼盒']);
    expect(await titles(committee)).toEqual(['理发服务一次']);
    expect(await titles(street, `?q=${encodeURIComponent('茶叶')}`)).toEqual(['茶叶礼盒']);
    expect(await titles(street, '?jurisdictionCode=441802006001')).toEqual(['理发服务一次']);
    expect(await titles(street2)).toEqual([]);
    expect(await titles(await t.login('bureau'))).toEqual(['理发服务一次', '茶叶礼盒']);

    const audit = (await admin.get('/api/audit-logs?action=rewardItem.create')).json().items;
    expect(audit.map((a: { targetId: string }) => a.targetId)).toContain(tea);
  });

  it('restocks, withdraws and edits an item with a PATCH', async () => {
    const restocked = await street.patch(`/api/reward-items/${tea}`, { stock: 8, pointsCost: 100 });
    expect(restocked.json()).toMatchObject({ stock: 8, pointsCost: 100, title: '茶叶礼盒' });
    expect(await publicTitles('?jurisdictionCode=441802006001')).toContain('茶叶礼盒');
    expect((await street.patch(`/api/reward-items/${tea}`, { active: false })).json().active).toBe(false);
    expect(await publicTitles('?jurisdictionCode=441802006001')).not.toContain('茶叶礼盒');
    expect((await street.patch(`/api/reward-items/${tea}`, { active: true, limitCount: null, limitPeriod: null })).json())
      .toMatchObject({ active: true, limitCount: null, limitPeriod: null });
  });

  it('shows the public the active items of a place, above it and below it, without accounts', async () => {
    await newRewardItem(await newStaff(t, admin, { username: 'dc.street', role: 'street', jurisdictionCode: '441802007' }), { title: '东城街道理发券' });
    expect(await publicTitles('?jurisdictionCode=441802006001')).toEqual(['理发服务一次', '茶叶礼盒']);
    expect(await publicTitles('?jurisdictionCode=441802006')).toEqual(['理发服务一次', '茶叶礼盒']);
    expect(await publicTitles('?jurisdictionCode=441802007001')).toEqual(['东城街道理发券']);
    expect(await publicTitles('?jurisdictionCode=441802')).toHaveLength(3);
    const [item] = (await t.anonymous.get('/api/public/reward-items?jurisdictionCode=441802006')).json().items.filter((i: { title: string }) => i.title === '茶叶礼盒');
    expect(item).toMatchObject({ title: '茶叶礼盒', stock: 8, pointsCost: 100, providerName: '高基里社区爱心超市', pickupAddress: '高基里社区服务中心一楼' });
    expect(item).not.toHaveProperty('providerUserId');
    expect(item).not.toHaveProperty('providerAccount');
    expect((await t.anonymous.get('/api/public/reward-items?jurisdictionCode=4418x')).statusCode).toBe(400);
  });

  it('offers the accounts of the subtree as providers, of any role', async () => {
    const found = (await street.get('/api/reward-items/provider-accounts?q=org')).json().items;
    expect(found).toEqual([expect.objectContaining({ id: orgUserId, username: 'org', role: 'org', jurisdictionName: '高基里社区' })]);
    expect((await street2.get('/api/reward-items/provider-accounts?q=org')).json().items).toEqual([]);
  });

  it('shows a volunteer account signing in with a mobile number masked', async () => {
    const registered = await t.anonymous.post('/api/public/volunteers', {
      name: '邓丽华', idNumber: volunteerIdNumber(77), phone: '13922334455', jurisdictionCode: '441802006001',
      skills: [], interests: [], password: 'Linli@2026x', consent: true,
    });
    expect(registered.statusCode).toBe(200);
    const found = (await street.get(`/api/reward-items/provider-accounts?q=${encodeURIComponent('邓丽华')}`)).json().items;
    expect(found).toEqual([expect.objectContaining({ username: '139****4455', role: 'volunteer' })]);
  });

  it('refuses bad input with field errors, writing nothing', async () => {
    const before = await itemCount();
    const bad = await street.post('/api/reward-items', { title: '', providerName: 'x', pickupAddress: '', pointsCost: 0, stock: -1 });
    expect(bad.statusCode).toBe(400);
    expect(messages(bad).map((e) => e.path).sort()).toEqual(['pickupAddress', 'pointsCost', 'providerName', 'stock', 'title']);
    const pair = await street.post('/api/reward-items', { title: '米面油套装', providerName: '爱心超市', pickupAddress: '服务中心', pointsCost: 10, stock: 1, limitCount: 2 });
    expect(messages(pair)).toEqual([{ path: 'limitPeriod', message: '请同时填写限兑次数和周期，或都不填' }]);
    const admin44 = (await admin.get('/api/auth/session')).json().user.id;
    const provider = await street.post('/api/reward-items', { title: '米面油套装', providerName: '爱心超市', pickupAddress: '服务中心', pointsCost: 10, stock: 1, providerUserId: admin44 });
    expect(messages(provider)).toEqual([{ path: 'providerUserId', message: '未找到该账号，或不在您的管辖范围内' }]);
    expect(messages(await street.patch(`/api/reward-items/${tea}`, { limitPeriod: 'month' }))).toEqual([{ path: 'limitCount', message: '请同时填写限兑次数和周期，或都不填' }]);
    expect((await street.patch(`/api/reward-items/${tea}`, { stock: 1.5 })).statusCode).toBe(400);
    expect(await itemCount()).toBe(before);
    expect((await street.get('/api/reward-items')).json().items.find((i: { id: string }) => i.id === tea)).toMatchObject({ stock: 8, limitPeriod: null });
  });

  it('refuses other roles, places outside the subtree, and items of another street', async () => {
    const body = { title: '米面油套装', providerName: '爱心超市', pickupAddress: '服务中心', pointsCost: 10, stock: 1 };
    const before = await itemCount();
    for (const username of ['volunteer', 'org', 'hub']) {
      const client = await t.login(username);
      expect((await client.get('/api/reward-items')).statusCode).toBe(403);
      expect((await client.post('/api/reward-items', body)).statusCode).toBe(403);
      expect((await client.patch(`/api/reward-items/${tea}`, { stock: 0 })).statusCode).toBe(403);
    }
    expect((await street2.post('/api/reward-items', { ...body, jurisdictionCode: '441802006' })).statusCode).toBe(403);
    expect((await street2.get('/api/reward-items?jurisdictionCode=441802006')).statusCode).toBe(403);
    expect((await street2.patch(`/api/reward-items/${tea}`, { stock: 0 })).statusCode).toBe(404);
    expect((await committee.patch(`/api/reward-items/${tea}`, { stock: 0 })).statusCode).toBe(404);
    expect(await itemCount()).toBe(before);
    expect((await street.get('/api/reward-items')).json().items.find((i: { id: string }) => i.id === tea).stock).toBe(8);
  });
});
