import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { newVolunteer } from '../volunteers/volunteer-fixtures';
import { newStaff } from '../hub-ledgers/ledger-fixtures';
import { depositService, ledgerSnapshot, ledgerVolunteer, newKey, type LedgerVolunteer } from './time-bank-fixtures';

type Person = { client: TestClient; ledger: LedgerVolunteer; idNumber: string; name: string };

let t: TestApp;
/** 王秀英 (born 1960) holds hours; 李建国 is her son; 陈志强 (born 1990) is too young to withdraw; 赵桂兰 (born 1950) is an elder in need. */
let wang: Person;
let li: Person;
let young: Person;
let elder: Person;

async function person(n: number, name: string, birth: string, jurisdictionCode?: string): Promise<Person> {
  const v = await newVolunteer(t, n, { name, birth, jurisdictionCode });
  return { client: v.client, ledger: ledgerVolunteer(v.volunteerId, jurisdictionCode), idNumber: v.idNumber, name };
}

const mine = async (p: Person) => (await p.client.get('/api/time-bank/mine')).json();

beforeAll(async () => {
  t = await createTestApp();
  wang = await person(501, '王秀英', '19600315');
  li = await person(502, '李建国', '19850620', '441803102003');
  young = await person(503, '陈志强', '19900101');
  elder = await person(504, '赵桂兰', '19500808');
  await depositService(t, wang.ledger, 600);
  await depositService(t, young.ledger, 120);
});
afterAll(async () => { await t?.close(); });

describe('my time bank', () => {
  it('shows balances in minutes and hours, points, the lifetime total against the cap, the withdrawal age and allowed relations', async () => {
    const view = await mine(wang);
    expect(view.timeBank).toEqual({ balance: { minutes: 600, hours: 10 }, lifetimeDeposited: { minutes: 600, hours: 10 }, capHours: 1500 });
    // Points count at most 8 hours of one activity (10 an hour).
    expect(view.points).toEqual({ balance: 80 });
    expect(view).toMatchObject({ withdrawAge: 60, withdrawAgeReached: true, transferRelations: ['spouse', 'parent', 'child', 'grandparent', 'grandchild'] });
    expect(view.history.items.map((e: { unit: string; amount: number; description: string }) => [e.unit, e.amount, e.description]).sort())
      .toEqual([['minutes', 600, '志愿服务存入'], ['points', 80, '服务积分']]);
    const youngView = await mine(young);
    expect(youngView).toMatchObject({ withdrawAge: 60, withdrawAgeReached: false });
  });

  it('is for volunteers only', async () => {
    const committee = await t.login('committee');
    expect((await committee.get('/api/time-bank/mine')).statusCode).toBe(403);
  });
});

describe('withdrawals (兑换服务)', () => {
  it('spends hours on a service received; a retry answers the original and moves nothing again', async () => {
    const key = newKey();
    const body = { minutes: 90, serviceType: 'elder_care', note: '上门助浴', idempotencyKey: key };
    const first = await wang.client.post('/api/time-bank/withdrawals', body);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ kind: 'withdraw', minutes: 90, hours: 1.5, balance: { minutes: 510, hours: 8.5 }, details: { serviceType: 'elder_care', note: '上门助浴' } });
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const before = await ledgerSnapshot(t);

    const retry = await wang.client.post('/api/time-bank/withdrawals', body);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(await ledgerSnapshot(t)).toEqual(before);

    const reused = await wang.client.post('/api/time-bank/withdrawals', { ...body, minutes: 30 });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().title).toBe('该请求编号已用于另一笔不同的操作，请刷新后重试');
    expect(await ledgerSnapshot(t)).toEqual(before);

    const view = await mine(wang);
    expect(view.timeBank.balance).toEqual({ minutes: 510, hours: 8.5 });
    expect(view.history.items[0]).toMatchObject({ unit: 'minutes', amount: -90, hours: -1.5, kind: 'withdraw', description: '兑换服务：助老服务', note: '上门助浴' });
    const [audit] = (await (await t.login('admin')).get('/api/audit-logs?action=timeBank.withdraw')).json().items;
    expect(audit).toMatchObject({ targetId: first.json().movementId, details: { minutes: 90, serviceType: 'elder_care' } });
  });

  it('refuses beyond the balance, under the withdrawal age, bad amounts, unknown service types and other roles, writing nothing', async () => {
    const before = await ledgerSnapshot(t);
    const beyond = await wang.client.post('/api/time-bank/withdrawals', { minutes: 100_000, serviceType: 'elder_care', idempotencyKey: newKey() });
    expect(beyond.statusCode).toBe(409);
    expect(beyond.json().title).toBe('余额不足');

    const tooYoung = await young.client.post('/api/time-bank/withdrawals', { minutes: 30, serviceType: 'elder_care', idempotencyKey: newKey() });
    expect(tooYoung.statusCode).toBe(409);
    expect(tooYoung.json().title).toMatch(/^年满 60 周岁后才能用时间兑换服务（您现在 \d+ 周岁）$/);

    for (const minutes of [0, -30, 1.5, '60']) {
      const bad = await wang.client.post('/api/time-bank/withdrawals', { minutes, serviceType: 'elder_care', idempotencyKey: newKey() });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toContainEqual({ path: 'minutes', message: '时长须为大于 0 的整数分钟' });
    }
    const shortKey = await wang.client.post('/api/time-bank/withdrawals', { minutes: 30, serviceType: 'elder_care', idempotencyKey: 'abc' });
    expect(shortKey.json().errors).toContainEqual({ path: 'idempotencyKey', message: '请求编号应为 8–100 个字符' });
    const unknownType = await wang.client.post('/api/time-bank/withdrawals', { minutes: 30, serviceType: 'massage', idempotencyKey: newKey() });
    expect(unknownType.statusCode).toBe(400);
    expect(unknownType.json().errors).toEqual([{ path: 'serviceType', message: '请选择服务类型' }]);

    const committee = await t.login('committee');
    expect((await committee.post('/api/time-bank/withdrawals', { minutes: 30, serviceType: 'elder_care', idempotencyKey: newKey() })).statusCode).toBe(403);
    expect(await ledgerSnapshot(t)).toEqual(before);
  });

  it('follows the withdrawal age in force where the time bank is held', async () => {
    const bureau = await t.login('bureau');
    expect((await bureau.put('/api/jurisdiction-settings/441802006/timeBank.withdrawAge', { value: 100 })).statusCode).toBe(200);
    const refused = await wang.client.post('/api/time-bank/withdrawals', { minutes: 30, serviceType: 'elder_care', idempotencyKey: newKey() });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().title).toMatch(/^年满 100 周岁后才能用时间兑换服务（您现在 \d+ 周岁）$/);
    expect((await mine(wang)).withdrawAgeReached).toBe(false);
    expect((await bureau.put('/api/jurisdiction-settings/441802006/timeBank.withdrawAge', { value: null })).statusCode).toBe(200);
    expect((await mine(wang)).withdrawAgeReached).toBe(true);
  });
});

describe('transfers to a relative (转赠亲属)', () => {
  it('moves hours to a registered relative in another district, the relationship recorded on both sides', async () => {
    const response = await wang.client.post('/api/time-bank/transfers', {
      recipientIdNumber: li.idNumber, recipientName: '李建国', relationship: 'child', minutes: 60, idempotencyKey: newKey(),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ kind: 'transfer', minutes: 60, details: { relationship: 'child', recipient: { volunteerId: li.ledger.id, name: '李*国' } } });
    expect(JSON.stringify(response.json())).not.toContain(li.idNumber);
    expect((await mine(wang)).history.items[0]).toMatchObject({ amount: -60, kind: 'transfer', description: '转给亲属 李*国（子女）' });
    const received = await mine(li);
    expect(received.timeBank.balance).toEqual({ minutes: 60, hours: 1 });
    expect(received.timeBank.lifetimeDeposited.minutes).toBe(0);
    expect(received.history.items[0]).toMatchObject({ amount: 60, kind: 'transfer', description: '亲属 王*英 转入（对方登记的关系：子女）' });
  });

  it('refuses an unknown recipient or a name that does not match alike, oneself, and relationships the place does not allow', async () => {
    const send = (body: Record<string, unknown>) => wang.client.post('/api/time-bank/transfers', {
      recipientIdNumber: li.idNumber, recipientName: '李建国', relationship: 'child', minutes: 30, idempotencyKey: newKey(), ...body,
    });
    const before = await ledgerSnapshot(t);
    const unknownMessage = [{ path: 'recipientIdNumber', message: '没有找到身份证号和姓名都相符的注册志愿者，请核对；对方须先注册为志愿者' }];
    const unknown = await send({ recipientIdNumber: '11010519491231002X' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual(unknownMessage);
    expect((await send({ recipientName: '李建军' })).json().errors).toEqual(unknownMessage);
    expect((await send({ recipientIdNumber: wang.idNumber, recipientName: '王秀英' })).json().errors)
      .toEqual([{ path: 'recipientIdNumber', message: '不能转给或捐赠给自己' }]);
    expect((await send({ recipientIdNumber: '110105194912310021' })).json().errors).toEqual([{ path: 'recipientIdNumber', message: '身份证号码无效（校验位或出生日期不正确）' }]);
    expect((await send({ relationship: 'cousin' })).statusCode).toBe(400);

    const bureau = await t.login('bureau');
    await bureau.put('/api/jurisdiction-settings/441802/timeBank.transferRelations', { value: ['spouse', 'parent'] });
    const notAllowed = await send({ relationship: 'child' });
    expect(notAllowed.statusCode).toBe(400);
    expect(notAllowed.json().errors).toEqual([{ path: 'relationship', message: '按本地规定，时间不能转给这一亲属关系' }]);
    expect((await mine(wang)).transferRelations).toEqual(['spouse', 'parent']);
    await bureau.put('/api/jurisdiction-settings/441802/timeBank.transferRelations', { value: null });

    expect((await send({ minutes: 1_000_000 })).json().title).toBe('余额不足');
    expect(await ledgerSnapshot(t)).toEqual(before);
  });

  it('opens the time bank of a relative who has none with the first transfer, and opens none when the transfer is refused', async () => {
    const sun = await person(505, '孙晓红', '19880405');
    const send = (minutes: number) => wang.client.post('/api/time-bank/transfers', {
      recipientIdNumber: sun.idNumber, recipientName: '孙晓红', relationship: 'child', minutes, idempotencyKey: newKey(),
    });
    const before = await ledgerSnapshot(t);
    expect((await send(1_000_000)).json().title).toBe('余额不足');
    expect(await ledgerSnapshot(t)).toEqual(before);

    expect((await send(20)).statusCode).toBe(200);
    expect((await mine(sun)).timeBank.balance).toEqual({ minutes: 20, hours: 0.3 });
    expect(Number((await ledgerSnapshot(t)).accounts)).toBe(Number(before.accounts) + 1);
  });

  it('answers a retry of an accepted transfer as before, even after the place stops allowing the relationship', async () => {
    const body = { recipientIdNumber: li.idNumber, recipientName: '李建国', relationship: 'child', minutes: 15, idempotencyKey: newKey() };
    const first = await wang.client.post('/api/time-bank/transfers', body);
    expect(first.statusCode).toBe(200);
    const bureau = await t.login('bureau');
    await bureau.put('/api/jurisdiction-settings/441802/timeBank.transferRelations', { value: ['spouse'] });
    try {
      const before = await ledgerSnapshot(t);
      const retry = await wang.client.post('/api/time-bank/transfers', body);
      expect(retry.statusCode).toBe(200);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toBe(first.body);
      const again = await wang.client.post('/api/time-bank/transfers', { ...body, idempotencyKey: newKey() });
      expect(again.json().errors).toEqual([{ path: 'relationship', message: '按本地规定，时间不能转给这一亲属关系' }]);
      expect(await ledgerSnapshot(t)).toEqual(before);
    } finally {
      await bureau.put('/api/jurisdiction-settings/441802/timeBank.transferRelations', { value: null });
    }
  });
});

describe('donations (爱心捐赠)', () => {
  it('gives hours to the district pool or to an elder in need', async () => {
    const pool = await wang.client.post('/api/time-bank/donations', { minutes: 30, to: 'pool', idempotencyKey: newKey() });
    expect(pool.statusCode).toBe(200);
    expect((await mine(wang)).history.items[0]).toMatchObject({ amount: -30, kind: 'donate', description: '捐赠给时间银行捐赠池' });
    const [poolAccount] = await t.services.database.query<{ balance: string }>(`SELECT balance FROM ledger_accounts WHERE key = 'system:441802:donation_pool'`);
    expect(Number(poolAccount.balance)).toBe(30);

    const toElder = await wang.client.post('/api/time-bank/donations', {
      minutes: 45, to: 'elder', recipientIdNumber: elder.idNumber, recipientName: '赵桂兰', idempotencyKey: newKey(),
    });
    expect(toElder.statusCode).toBe(200);
    expect((await mine(wang)).history.items[0]).toMatchObject({ amount: -45, description: '捐赠给困难老人 赵*兰' });
    expect((await mine(elder)).history.items[0]).toMatchObject({ amount: 45, description: '收到 王*英 的爱心捐赠' });
  });

  it('refuses an elder under the withdrawal age, a missing recipient and an empty gift, writing nothing', async () => {
    const before = await ledgerSnapshot(t);
    const notElder = await wang.client.post('/api/time-bank/donations', {
      minutes: 30, to: 'elder', recipientIdNumber: young.idNumber, recipientName: '陈志强', idempotencyKey: newKey(),
    });
    expect(notElder.statusCode).toBe(400);
    expect(notElder.json().errors).toEqual([{ path: 'recipientIdNumber', message: '受赠老人须年满 60 周岁' }]);
    const missing = await wang.client.post('/api/time-bank/donations', { minutes: 30, to: 'elder', idempotencyKey: newKey() });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['recipientIdNumber', 'recipientName']);
    expect((await wang.client.post('/api/time-bank/donations', { minutes: 0, to: 'pool', idempotencyKey: newKey() })).statusCode).toBe(400);
    expect((await (await t.login('street')).post('/api/time-bank/donations', { minutes: 30, to: 'pool', idempotencyKey: newKey() })).statusCode).toBe(403);
    expect(await ledgerSnapshot(t)).toEqual(before);
  });
});

describe('accounts in the console', () => {
  it('lists the accounts of the subtree with balances and lifetime deposits, and exports them', async () => {
    const committee = await t.login('committee');
    const list = (await committee.get('/api/time-bank/accounts?q=王秀')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ volunteerId: wang.ledger.id, name: '王秀英', placeName: '高基里社区', points: 80, lifetimeDeposited: { minutes: 600, hours: 10 } });
    const all = (await committee.get('/api/time-bank/accounts?pageSize=100')).json();
    const names = all.items.map((a: { name: string }) => a.name);
    expect(names).toEqual(expect.arrayContaining(['王秀英', '陈志强', '赵桂兰']));
    // 李建国 lives in 清新区, outside 高基里社区.
    expect(names).not.toContain('李建国');
    const xlsx = await committee.get('/api/time-bank/accounts?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('shows a volunteer\'s history; staff elsewhere do not see it', async () => {
    const street = await t.login('street');
    const account = (await street.get(`/api/time-bank/accounts/${wang.ledger.id}?unit=minutes`)).json();
    expect(account.volunteer).toMatchObject({ id: wang.ledger.id, name: '王秀英' });
    expect(account.history.items.every((e: { unit: string }) => e.unit === 'minutes')).toBe(true);
    expect(account.history.items.at(-1)).toMatchObject({ amount: 600, description: '志愿服务存入' });

    const street2 = await t.login('street2');
    expect((await street2.get('/api/time-bank/accounts')).json().total).toBe(0);
    expect((await street2.get(`/api/time-bank/accounts/${wang.ledger.id}`)).statusCode).toBe(404);
    expect((await street2.get('/api/time-bank/accounts?jurisdictionCode=441802006')).statusCode).toBe(403);
    const admin = await t.login('admin');
    const otherCommittee = await newStaff(t, admin, { username: 'tb.baimiao', role: 'committee', jurisdictionCode: '441802007001' });
    expect((await otherCommittee.get(`/api/time-bank/accounts/${wang.ledger.id}`)).statusCode).toBe(404);
    expect((await (await t.login('volunteer')).get('/api/time-bank/accounts')).statusCode).toBe(403);
  });
});
