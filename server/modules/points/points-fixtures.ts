import type { TestApp, TestClient } from '../../test/test-app';
import { districtCodeOf } from '../../platform/db/columns';
import { districtAccount, postMovement, volunteerAccount } from '../time-bank/ledger';

type VolunteerRef = { volunteerId: string; jurisdictionCode: string };

/**
 * Points earned as confirmed service earns them (movement `earn`: district `points_issued` → the
 * volunteer), posted straight through the ledger. `daysAgo` back-dates the entries' `created_at`
 * in the test database, so expiry can be tested without waiting years.
 */
export async function earnPoints(t: TestApp, volunteer: VolunteerRef, points: number, options: { key: string; daysAgo?: number }) {
  const ref = { id: volunteer.volunteerId, districtCode: districtCodeOf(volunteer.jurisdictionCode), jurisdictionCode: volunteer.jurisdictionCode };
  const { movement } = await t.services.database.db.transaction(async (tx) => {
    const account = await volunteerAccount(tx, ref, 'points');
    const issued = await districtAccount(tx, ref.jurisdictionCode, 'points_issued');
    return postMovement(tx, {
      districtCode: ref.districtCode, jurisdictionCode: ref.jurisdictionCode, unit: 'points', kind: 'earn', idempotencyKey: `test-earn:${options.key}`,
      createdBy: null, details: {}, insufficientKey: 'ledgerInsufficient', legs: [{ account: issued, amount: -points }, { account, amount: points }],
    });
  });
  if (options.daysAgo) {
    await t.services.database.query(`UPDATE ledger_entries SET created_at = now() - make_interval(days => $1::int) WHERE movement_id = $2`, [options.daysAgo, movement.id]);
  }
}

/**
 * A district's points counter-accounts (the sum of their entries) and, for balanced accounts, a
 * check that the running balance equals its entries.
 */
export async function districtPoints(t: TestApp, districtCode: string): Promise<Record<'reserved' | 'spent' | 'expired' | 'issued', number>> {
  const rows = await t.services.database.query<{ kind: string; balance: string | null; total: string }>(
    `SELECT a.kind, a.balance, coalesce((SELECT sum(e.amount) FROM ledger_entries e WHERE e.district_code = a.district_code AND e.account_id = a.id), 0) AS total
       FROM ledger_accounts a WHERE a.district_code = $1 AND a.volunteer_id IS NULL AND a.unit = 'points'`, [districtCode]);
  const of = (kind: string) => {
    const row = rows.find((r) => r.kind === kind);
    if (row?.balance != null && Number(row.balance) !== Number(row.total)) throw new Error(`${kind}: balance ${row.balance} ≠ entries ${row.total}`);
    return Number(row?.total ?? 0);
  };
  return { reserved: of('points_reserved'), spent: of('points_spent'), expired: of('points_expired'), issued: of('points_issued') };
}

/** What the volunteer sees as 我的积分. */
export async function myPoints(client: TestClient): Promise<{ balance: number; reserved: number }> {
  return (await client.get('/api/points/mine')).json();
}

/** A catalogue item as staff create it; the body's fields may be overridden. */
export async function newRewardItem(staff: TestClient, over: Record<string, unknown> = {}): Promise<string> {
  const created = await staff.post('/api/reward-items', {
    title: '环保购物袋', providerName: '凤城街道新时代文明实践站', pickupAddress: '凤城街道高基里社区服务中心一楼', pointsCost: 20, stock: 10, ...over,
  });
  if (created.statusCode !== 200) throw new Error(`reward item: ${created.body}`);
  return created.json().id;
}

let keys = 0;
/** A fresh idempotency key for a redemption. */
export const redemptionKey = () => `test-redeem-${++keys}-${Date.now()}`;
