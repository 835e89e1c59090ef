import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { newStaff } from '../hub-ledgers/ledger-fixtures';
import { newVolunteer } from '../volunteers/volunteer-fixtures';
import { districtPoints, earnPoints, myPoints, newRewardItem, redemptionKey } from './points-fixtures';

let t: TestApp;
let street: TestClient;
let street2: TestClient;
let committee: TestClient;
let org: TestClient;
let admin: TestClient;
let orgUserId: string;
let tea: string;
beforeAll(async () => {
  t = await createTestApp();
  [street, street2, committee, org, admin] = await Promise.all(['street', 'street2', 'committee', 'org', 'admin'].map((u) => t.login(u)));
  orgUserId = (await org.get('/api/auth/session')).json().user.id;
  tea = await newRewardItem(street, { title: '茶叶礼盒', providerName: '高基里社区爱心超市', providerUserId: orgUserId, pointsCost: 120, stock: 5 });
});
afterAll(async () => { await t?.close(); });

const volunteerWith = async (n: number, points: number, jurisdictionCode = '441802006001') => {
  const volunteer = await newVolunteer(t, n, { jurisdictionCode });
  if (points) await earnPoints(t, { volunteerId: volunteer.volunteerId, jurisdictionCode }, points, { key: `vol${n}` });
  return volunteer;
};
const redeem = (client: TestClient, itemId: string, idempotencyKey = redemptionKey()) => client.post('/api/redemptions', { itemId, idempotencyKey });
const stockOf = async (itemId: string) => (await street.get('/api/reward-items')).json().items.find((i: { id: string }) => i.id === itemId).stock as number;
const redemptionRows = async (volunteerId: string) =>
  (await t.services.database.query<{ n: number }>('SELECT count(*)::int AS n FROM redemptions WHERE volunteer_id = $1', [volunteerId]))[0].n;
const movementRows = async () => (await t.services.database.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_movements'))[0].n;

describe('redeeming points (积分兑换)', () => {
  let volunteer: Awaited<ReturnType<typeof volunteerWith>>;
  let code: string;

  it('reserves the points and a unit, gives a pickup code, and answers a retry with the same redemption', async () => {
    volunteer = await volunteerWith(1, 200);
    expect(await myPoints(volunteer.client)).toEqual({ balance: 200, reserved: 0 });
    const before = await districtPoints(t, '441802');

    const key = redemptionKey();
    const redeemed = await redeem(volunteer.client, tea, key);
    expect(redeemed.statusCode).toBe(200);
    const redemption = redeemed.json();
    code = redemption.pickupCode;
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    expect(redemption).toMatchObject({ itemId: tea, title: '茶叶礼盒', points: 120, status: 'reserved', pickupAddress: '凤城街道高基里社区服务中心一楼', completedAt: null });
    // redemption.pickupDays (14) after the redemption
    expect(Date.parse(redemption.expiresAt) - Date.parse(redemption.createdAt)).toBeGreaterThan(13.9 * 86_400_000);
    expect(Date.parse(redemption.expiresAt) - Date.parse(redemption.createdAt)).toBeLessThan(14.1 * 86_400_000);

    // 200 − 120 = 80 left; 120 held in 清城区's points_reserved; one unit fewer to reserve.
    expect(await myPoints(volunteer.client)).toEqual({ balance: 80, reserved: 120 });
    expect(await districtPoints(t, '441802')).toEqual({ ...before, reserved: before.reserved + 120 });
    expect(await stockOf(tea)).toBe(4);

    const retried = await redeem(volunteer.client, tea, key);
    expect(retried.json()).toEqual(redemption);
    expect(await myPoints(volunteer.client)).toEqual({ balance: 80, reserved: 120 });
    expect(await stockOf(tea)).toBe(4);
    expect((await redeem(volunteer.client, (await newRewardItem(street)), key)).statusCode).toBe(409);

    const mine = (await volunteer.client.get('/api/redemptions/mine')).json();
    expect(mine).toMatchObject({ total: 1, items: [{ id: redemption.id, pickupCode: code, status: 'reserved', title: '茶叶礼盒' }] });
    expect((await street.get('/api/reward-items')).json().items.find((i: { id: string }) => i.id === tea)).toMatchObject({ stock: 4, reserved: 1, completed: 0 });
  });

  it('lets the provider account see its items\' redemptions (masked, without codes) and confirm the pickup', async () => {
    const listed = (await org.get('/api/redemptions?status=reserved')).json();
    expect(listed.items).toEqual([expect.objectContaining({ title: '茶叶礼盒', volunteerName: '志**1', points: 120, status: 'reserved' })]);
    expect(listed.items[0]).not.toHaveProperty('pickupCode');
    expect((await street.get(`/api/redemptions?itemId=${tea}`)).json().total).toBe(1);
    expect((await committee.get('/api/redemptions')).json().total).toBe(0);

    const before = await districtPoints(t, '441802');
    const confirmed = await org.post('/api/redemptions/confirm', { pickupCode: ` ${code.toLowerCase()} ` });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'completed', title: '茶叶礼盒', points: 120, volunteerName: '志**1' });
    // The 120 move from reserved to spent; the volunteer keeps 80 and nothing is held any more.
    expect(await districtPoints(t, '441802')).toEqual({ ...before, reserved: before.reserved - 120, spent: before.spent + 120 });
    expect(await myPoints(volunteer.client)).toEqual({ balance: 80, reserved: 0 });
    expect((await volunteer.client.get('/api/redemptions/mine')).json().items[0]).toMatchObject({ status: 'completed', pickupCode: code });
    expect((await street.get('/api/reward-items')).json().items.find((i: { id: string }) => i.id === tea)).toMatchObject({ stock: 4, reserved: 0, completed: 1 });

    const again = await org.post('/api/redemptions/confirm', { pickupCode: code });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('该取货码已核销，不能重复领取');
    expect(await districtPoints(t, '441802')).toEqual({ ...before, reserved: before.reserved - 120, spent: before.spent + 120 });
    const audit = (await admin.get('/api/audit-logs?q=redemption&pageSize=50')).json().items.map((a: { action: string }) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['redemption.reserve', 'redemption.confirm']));
  });

  it('never touches time-bank hours', async () => {
    const hours = await t.services.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ledger_entries e JOIN ledger_accounts a ON a.district_code = e.district_code AND a.id = e.account_id
        WHERE a.volunteer_id = $1 AND a.unit = 'minutes'`, [volunteer.volunteerId]);
    expect(hours[0].n).toBe(0);
  });

  it('lets staff where the item is offered confirm, and no one else', async () => {
    const other = await volunteerWith(2, 300);
    const pickup = (await redeem(other.client, tea)).json().pickupCode;
    for (const client of [committee, street2]) {
      const refused = await client.post('/api/redemptions/confirm', { pickupCode: pickup });
      expect(refused.statusCode).toBe(404);
      expect(refused.json().detail).toBe('未找到该取货码，请核对后重新输入');
    }
    expect((await (await t.login('hub')).post('/api/redemptions/confirm', { pickupCode: pickup })).statusCode).toBe(404);
    expect((await (await t.login('volunteer')).post('/api/redemptions/confirm', { pickupCode: pickup })).statusCode).toBe(404);
    expect((await street2.get('/api/redemptions')).json().total).toBe(0);
    expect((await street.post('/api/redemptions/confirm', { pickupCode: pickup })).json()).toMatchObject({ status: 'completed', volunteerName: '志**2' });
  });
});

describe('refusals write nothing', () => {
  it('refuses a redemption beyond the balance: no points, stock or rows move', async () => {
    const poor = await volunteerWith(3, 30);
    const stock = await stockOf(tea);
    const before = await districtPoints(t, '441802');
    const movements = await movementRows();
    const refused = await redeem(poor.client, tea);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('可用积分不足，不能兑换该物品');
    expect(await myPoints(poor.client)).toEqual({ balance: 30, reserved: 0 });
    expect(await stockOf(tea)).toBe(stock);
    expect(await districtPoints(t, '441802')).toEqual(before);
    expect(await redemptionRows(poor.volunteerId)).toBe(0);
    expect(await movementRows()).toBe(movements);
  });

  it('refuses an item out of stock, withdrawn, unknown, or beyond its limit, naming the period', async () => {
    const rich = await volunteerWith(4, 500);
    const soldOut = await newRewardItem(street, { title: '节日慰问品', stock: 0 });
    const withdrawn = await newRewardItem(street, { title: '旧款水杯', active: false });
    const haircut = await newRewardItem(committee, { title: '理发服务一次', jurisdictionCode: '441802006001', pointsCost: 50, stock: 5, limitCount: 1, limitPeriod: 'month' });
    const yearly = await newRewardItem(street, { title: '体检套餐', pointsCost: 100, stock: 5, limitCount: 1, limitPeriod: 'year' });
    expect((await redeem(rich.client, haircut)).statusCode).toBe(200);
    expect((await redeem(rich.client, yearly)).statusCode).toBe(200);
    const movements = await movementRows();
    const cases: [string, number, string][] = [
      [soldOut, 409, '该物品已兑完'],
      [withdrawn, 409, '该物品已下架，不能兑换'],
      [haircut, 409, '该物品每人每月限兑 1 次，您本月已兑满'],
      [yearly, 409, '该物品每人每年限兑 1 次，您今年已兑满'],
      ['00000000-0000-4000-8000-000000000000', 404, '未找到兑换物品'],
    ];
    for (const [itemId, status, detail] of cases) {
      const refused = await redeem(rich.client, itemId);
      expect({ status: refused.statusCode, detail: refused.json().detail }).toEqual({ status, detail });
    }
    expect(await myPoints(rich.client)).toEqual({ balance: 350, reserved: 150 });
    expect(await stockOf(haircut)).toBe(4);
    expect(await stockOf(soldOut)).toBe(0);
    expect(await redemptionRows(rich.volunteerId)).toBe(2);
    expect(await movementRows()).toBe(movements);

    const english = await rich.client.request({ method: 'POST', url: '/api/redemptions', payload: { itemId: haircut, idempotencyKey: redemptionKey() }, headers: { 'x-lang': 'en' } });
    expect(english.json().detail).toBe('Each person may redeem this item 1 time(s) a month; you have reached the limit this month');
  });

  it('refuses bad input, wrong roles and bad codes', async () => {
    const volunteer = await t.login('volunteer');
    const bad = await volunteer.post('/api/redemptions', { itemId: 'x', idempotencyKey: 'not a valid key' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['idempotencyKey', 'itemId']);
    for (const username of ['street', 'committee', 'org', 'bureau']) {
      expect((await (await t.login(username)).post('/api/redemptions', { itemId: tea, idempotencyKey: redemptionKey() })).statusCode).toBe(403);
      expect((await (await t.login(username)).get('/api/redemptions/mine')).statusCode).toBe(403);
    }
    for (const username of ['admin', 'auditor', 'reviewer']) {
      expect((await (await t.login(username)).post('/api/redemptions/confirm', { pickupCode: 'ABCD2345' })).statusCode).toBe(403);
      expect((await (await t.login(username)).get('/api/redemptions')).statusCode).toBe(403);
    }
    const format = await org.post('/api/redemptions/confirm', { pickupCode: 'ABC' });
    expect(format.json().errors).toEqual([{ path: 'pickupCode', message: '取货码为 8 位字母或数字' }]);
    expect((await org.post('/api/redemptions/confirm', { pickupCode: 'ZZZZ9999' })).statusCode).toBe(404);
    // A volunteer who has earned nothing yet.
    const newcomer = await volunteerWith(6, 0);
    expect((await redeem(newcomer.client, tea)).statusCode).toBe(409);
    expect(await myPoints(newcomer.client)).toEqual({ balance: 0, reserved: 0 });
  });

  it('answers 404 for a code of another district\'s item', async () => {
    const qingxin = await newStaff(t, admin, { username: 'qx.bureau', role: 'bureau', jurisdictionCode: '441803' });
    const far = await newRewardItem(qingxin, { title: '清新区文明积分兑换券', pointsCost: 10 });
    const traveller = await volunteerWith(5, 100);
    const pickup = (await redeem(traveller.client, far)).json().pickupCode;
    expect((await street.post('/api/redemptions/confirm', { pickupCode: pickup })).statusCode).toBe(404);
    expect((await (await t.login('bureau')).post('/api/redemptions/confirm', { pickupCode: pickup })).statusCode).toBe(404);
    expect((await qingxin.post('/api/redemptions/confirm', { pickupCode: pickup })).json().status).toBe('completed');
    // Reserved in the item's district (清新区 441803), spent there too.
    expect(await districtPoints(t, '441803')).toMatchObject({ reserved: 0, spent: 10 });
  });
});

describe('the last unit', () => {
  it('goes to exactly one of several volunteers redeeming at once', async () => {
    const last = await newRewardItem(street, { title: '限量纪念徽章', pointsCost: 40, stock: 1 });
    const racers = await Promise.all([11, 12, 13, 14, 15].map((n) => volunteerWith(n, 100)));
    const before = await districtPoints(t, '441802');
    const answers = await Promise.all(racers.map((r) => redeem(r.client, last)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(answers.filter((a) => a.statusCode === 409).map((a) => a.json().detail)).toEqual(Array(4).fill('该物品已兑完'));
    expect(await stockOf(last)).toBe(0);
    const balances = await Promise.all(racers.map((r) => myPoints(r.client)));
    expect(balances.map((b) => b.balance).sort((a, b) => a - b)).toEqual([60, 100, 100, 100, 100]);
    expect(await districtPoints(t, '441802')).toEqual({ ...before, reserved: before.reserved + 40 });
  });

  it('is taken once by a request sent several times at once with one key, each answered with the same redemption', async () => {
    const last = await newRewardItem(street, { title: '限量帆布包', pointsCost: 25, stock: 1 });
    const volunteer = await volunteerWith(16, 100);
    const key = redemptionKey();
    const answers = await Promise.all([1, 2, 3].map(() => redeem(volunteer.client, last, key)));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(await redemptionRows(volunteer.volunteerId)).toBe(1);
    expect(await myPoints(volunteer.client)).toEqual({ balance: 75, reserved: 25 });
    expect(await stockOf(last)).toBe(0);
  });
});
