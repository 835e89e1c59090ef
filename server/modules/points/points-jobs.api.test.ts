import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { newVolunteer } from '../volunteers/volunteer-fixtures';
import { districtPoints, earnPoints, myPoints, newRewardItem, redemptionKey } from './points-fixtures';

let t: TestApp;
let street: TestClient;
let org: TestClient;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  [street, org, admin] = await Promise.all(['street', 'org', 'admin'].map((u) => t.login(u)));
});
afterAll(async () => { await t?.close(); });

const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const runJob = async (name: string, asOf?: string) => {
  const ran = await admin.post(`/api/jobs/${name}/run`, asOf ? { asOf } : {});
  if (ran.statusCode !== 200) throw new Error(`${name}: ${ran.body}`);
};
const stockOf = async (itemId: string) => (await street.get('/api/reward-items')).json().items.find((i: { id: string }) => i.id === itemId).stock as number;
const movements = async (kind: string, volunteerId: string) => (await t.services.database.query<{ n: number }>(
  `SELECT count(DISTINCT e.movement_id)::int AS n FROM ledger_entries e JOIN ledger_accounts a ON a.district_code = e.district_code AND a.id = e.account_id
    WHERE a.volunteer_id = $1 AND e.movement_kind = $2`, [volunteerId, kind]))[0].n;
/** The volunteer's points balance, checked against the sum of its entries. */
const pointsOf = async (volunteer: { client: TestClient; volunteerId: string }) => {
  const [{ total }] = await t.services.database.query<{ total: string }>(
    `SELECT coalesce(sum(e.amount), 0) AS total FROM ledger_entries e JOIN ledger_accounts a ON a.district_code = e.district_code AND a.id = e.account_id
      WHERE a.volunteer_id = $1 AND a.kind = 'points'`, [volunteer.volunteerId]);
  const { balance } = await myPoints(volunteer.client);
  expect(balance).toBe(Number(total));
  return balance;
};

describe('redemptions.expire', () => {
  it('expires a reservation not picked up: the points and the unit come back, once', async () => {
    const volunteer = await newVolunteer(t, 1);
    await earnPoints(t, { volunteerId: volunteer.volunteerId, jurisdictionCode: '441802006001' }, 100, { key: 'r1' });
    const item = await newRewardItem(street, { title: '雨伞', pointsCost: 40, stock: 3, providerUserId: (await org.get('/api/auth/session')).json().user.id });
    const before = await districtPoints(t, '441802');
    const { pickupCode } = (await volunteer.client.post('/api/redemptions', { itemId: item, idempotencyKey: redemptionKey() })).json();
    expect(await myPoints(volunteer.client)).toEqual({ balance: 60, reserved: 40 });
    expect(await stockOf(item)).toBe(2);

    await runJob('redemptions.expire');
    expect((await volunteer.client.get('/api/redemptions/mine')).json().items[0].status).toBe('reserved');

    // Fifteen days on, past redemption.pickupDays (14).
    await runJob('redemptions.expire', daysAhead(15));
    expect((await volunteer.client.get('/api/redemptions/mine')).json().items[0]).toMatchObject({ status: 'expired', pickupCode });
    expect(await myPoints(volunteer.client)).toEqual({ balance: 100, reserved: 0 });
    expect(await pointsOf(volunteer)).toBe(100);
    expect(await stockOf(item)).toBe(3);
    expect(await districtPoints(t, '441802')).toEqual(before);

    await runJob('redemptions.expire', daysAhead(16));
    expect(await myPoints(volunteer.client)).toEqual({ balance: 100, reserved: 0 });
    expect(await stockOf(item)).toBe(3);
    expect(await movements('release', volunteer.volunteerId)).toBe(1);

    const late = await org.post('/api/redemptions/confirm', { pickupCode });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toBe('该取货码已过期，积分已退回或即将退回');
    const audit = (await admin.get('/api/audit-logs?action=redemption.expire')).json().items;
    expect(audit).toEqual([expect.objectContaining({ actorUsername: 'system' })]);
  });

  it('refuses a code past its pickup time before the hourly run, which then releases it', async () => {
    const volunteer = await newVolunteer(t, 2);
    await earnPoints(t, { volunteerId: volunteer.volunteerId, jurisdictionCode: '441802006001' }, 50, { key: 'r2' });
    const item = await newRewardItem(street, { title: '毛巾', pointsCost: 20, stock: 1 });
    const { id, pickupCode } = (await volunteer.client.post('/api/redemptions', { itemId: item, idempotencyKey: redemptionKey() })).json();
    await t.services.database.query(`UPDATE redemptions SET expires_at = now() - interval '1 hour' WHERE id = $1`, [id]);
    const refused = await street.post('/api/redemptions/confirm', { pickupCode });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('该取货码已过期，积分已退回或即将退回');
    expect(await myPoints(volunteer.client)).toEqual({ balance: 30, reserved: 20 });

    await runJob('redemptions.expire');
    expect(await myPoints(volunteer.client)).toEqual({ balance: 50, reserved: 0 });
    expect(await stockOf(item)).toBe(1);
  });
});

describe('points.expire', () => {
  it('expires what was earned before the cutoff and not yet used, oldest first (100 + 50 earned, 30 spent → 70, then 50)', async () => {
    const volunteer = await newVolunteer(t, 3);
    const ref = { volunteerId: volunteer.volunteerId, jurisdictionCode: '441802006001' };
    await earnPoints(t, ref, 100, { key: 'old', daysAgo: 4 * 365 + 1 });
    await earnPoints(t, ref, 50, { key: 'newer', daysAgo: 740 });
    const item = await newRewardItem(street, { title: '洗衣液', pointsCost: 30, stock: 5 });
    const { pickupCode } = (await volunteer.client.post('/api/redemptions', { itemId: item, idempotencyKey: redemptionKey() })).json();
    expect((await street.post('/api/redemptions/confirm', { pickupCode })).statusCode).toBe(200);
    expect(await pointsOf(volunteer)).toBe(120);
    const before = await districtPoints(t, '441802');

    // points.expiryYears = 3: the 100 from four years ago is past it; 30 of them were spent.
    await runJob('points.expire', new Date().toISOString());
    expect(await pointsOf(volunteer)).toBe(50);
    expect(await districtPoints(t, '441802')).toEqual({ ...before, expired: before.expired + 70 });

    await runJob('points.expire');
    expect(await pointsOf(volunteer)).toBe(50);
    expect(await movements('expire', volunteer.volunteerId)).toBe(1);

    // A year on, the 50 from two years ago are past it too.
    await runJob('points.expire', daysAhead(365));
    expect(await pointsOf(volunteer)).toBe(0);
    expect(await districtPoints(t, '441802')).toEqual({ ...before, expired: before.expired + 120 });
    const audit = (await admin.get('/api/audit-logs?action=points.expire&pageSize=50')).json().items
      .filter((a: { targetId: string }) => a.targetId === volunteer.volunteerId).map((a: { details: { points: number } }) => a.details.points);
    expect(audit.sort()).toEqual([50, 70]);
  });

  it('follows the rule where the volunteer lives, and leaves points held by a pickup alone', async () => {
    const adminId = (await admin.get('/api/auth/session')).json().user.id;
    await t.services.settings.setForJurisdiction(t.services.database.db, 'points.expiryYears', '441802006002', 5, adminId);
    const hetang = await newVolunteer(t, 4, { jurisdictionCode: '441802006002' });
    await earnPoints(t, { volunteerId: hetang.volunteerId, jurisdictionCode: '441802006002' }, 80, { key: 'hetang', daysAgo: 1280 });

    const holder = await newVolunteer(t, 5);
    await earnPoints(t, { volunteerId: holder.volunteerId, jurisdictionCode: '441802006001' }, 60, { key: 'holder', daysAgo: 4 * 365 });
    const item = await newRewardItem(street, { title: '食用油', pointsCost: 45, stock: 5 });
    expect((await holder.client.post('/api/redemptions', { itemId: item, idempotencyKey: redemptionKey() })).statusCode).toBe(200);

    await runJob('points.expire');
    // 鹤堂社区 keeps points five years: 3½ years old, they stay.
    expect(await pointsOf(hetang)).toBe(80);
    // 60 − 45 held for the pickup: only the 15 free expire.
    expect(await myPoints(holder.client)).toEqual({ balance: 0, reserved: 45 });
    expect(await pointsOf(holder)).toBe(0);
  });
});
