import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { testEngine } from '../../test/test-database';
import type { Db } from '../../platform/db/database';
import { lockVolunteer } from '../service-records/volunteer-day';
import { creditServiceRecord } from './credit-service';
import { newVolunteer } from '../volunteers/volunteer-fixtures';
import { checkLedger } from './check-ledger';
import { depositService, ledgerVolunteer, newKey, type LedgerVolunteer } from './time-bank-fixtures';

/**
 * Many clients at once on the same few accounts: deposits (service credit), withdrawals, transfers
 * both ways (some across districts), donations, redemptions, and retries of the same request, some
 * sent while the original is still running. On PostgreSQL these run on parallel connections under
 * READ COMMITTED; on the embedded database their statements interleave.
 */
type Member = { client: TestClient; ledger: LedgerVolunteer; idNumber: string; name: string };
/** `body` as sent: a retry's must be the original's byte for byte. */
type Answer = { status: number; body: string; replayed: boolean; after?: 'accepted' | 'refused' };

let t: TestApp;
let members: Member[];
let itemId: string;

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), pick: <T>(items: T[]) => items[Math.floor(next() * items.length)] };
}

const answerOf = (r: LightMyRequestResponse): Answer => ({ status: r.statusCode, body: r.body, replayed: r.headers['idempotent-replayed'] === 'true' });

beforeAll(async () => {
  t = await createTestApp();
  const names = ['林秀珍', '黄国强', '吴美玲', '郑德华', '何淑芬', '梁志明', '罗桂英', '谢建平'];
  members = [];
  for (const [i, name] of names.entries()) {
    // Two live in 清新区, so some transfers and gifts cross districts.
    const jurisdictionCode = i >= 6 ? '441803102003' : '441802006001';
    const v = await newVolunteer(t, 801 + i, { name, birth: `19${55 + i}0101`, jurisdictionCode });
    members.push({ client: v.client, ledger: ledgerVolunteer(v.volunteerId, jurisdictionCode), idNumber: v.idNumber, name });
    await depositService(t, members[i].ledger, 240);
  }
  const committee = await t.login('committee');
  itemId = (await committee.post('/api/reward-items', {
    title: '社区食堂午餐券', providerName: '高基里社区长者食堂', pickupAddress: '长者食堂收银台', pointsCost: 15, stock: 25, active: true,
  })).json().id;
});
afterAll(async () => { await t?.close(); });

describe('the ledger under concurrent clients', () => {
  it('conserves totals, keeps balances at or above zero, posts two entries per movement and answers every retry with its original', async () => {
    const rng = random(20261125);
    const answers = new Map<string, Answer[]>();
    let acceptedMovements = 0;
    let serverErrors = 0;

    const record = (key: string, answer: Answer) => {
      answers.set(key, [...(answers.get(key) ?? []), answer]);
      if (answer.status >= 500) serverErrors++;
    };

    /** A movement request over HTTP, sometimes sent twice at once, sometimes again after its answer. */
    const send = async (client: TestClient, url: string, body: Record<string, unknown>) => {
      const key = body.idempotencyKey as string;
      const concurrentDuplicate = rng.next() < 0.25;
      const laterRetry = rng.next() < 0.3;
      const first = await Promise.all((concurrentDuplicate ? [1, 2] : [1]).map(() => client.post(url, body)));
      first.forEach((r) => record(key, answerOf(r)));
      if (laterRetry) {
        const accepted = first.some((r) => r.statusCode === 200);
        record(key, { ...answerOf(await client.post(url, body)), after: accepted ? 'accepted' : 'refused' });
      }
    };

    const deposit = async () => {
      const credit = await depositService(t, rng.pick(members).ledger, rng.int(15, 180), rng.pick(['elder_care', 'environment', 'culture']));
      acceptedMovements += [credit.deposited, credit.overCap, credit.points].filter((n) => n > 0).length;
    };

    /** A redemption of the catalogue item: its points reserved (one movement) while stock lasts. */
    const redemptionKeys = new Set<string>();
    const redeem = () => {
      const key = newKey();
      redemptionKeys.add(key);
      return send(rng.pick(members).client, '/api/redemptions', { itemId, idempotencyKey: key });
    };

    const operation = async () => {
      const member = rng.pick(members);
      const other = rng.pick(members.filter((m) => m !== member));
      const minutes = rng.int(10, 150);
      const roll = rng.next();
      if (roll < 0.2) return deposit();
      if (roll < 0.4) return send(member.client, '/api/time-bank/withdrawals', { minutes, serviceType: 'elder_care', idempotencyKey: newKey() });
      if (roll < 0.65) {
        return send(member.client, '/api/time-bank/transfers', {
          recipientIdNumber: other.idNumber, recipientName: other.name, relationship: 'spouse', minutes, idempotencyKey: newKey(),
        });
      }
      if (roll < 0.85) {
        const toElder = rng.next() < 0.5;
        return send(member.client, '/api/time-bank/donations', {
          minutes, to: toElder ? 'elder' : 'pool', idempotencyKey: newKey(),
          ...(toElder ? { recipientIdNumber: other.idNumber, recipientName: other.name } : {}),
        });
      }
      return redeem();
    };

    // 50 clients, each making a few requests one after another, all clients at once.
    await Promise.all(Array.from({ length: 50 }, async () => {
      for (let i = 0; i < 4; i++) await operation();
    }));

    expect(serverErrors).toBe(0);
    for (const [, list] of answers) {
      const accepted = list.filter((a) => a.status === 200);
      expect(list.every((a) => a.status === 200 || a.status === 409)).toBe(true);
      if (!accepted.length) continue;
      acceptedMovements++;
      // One original; every other acceptance of the key is a replay of it, word for word.
      expect(accepted.filter((a) => !a.replayed)).toHaveLength(1);
      for (const a of accepted) expect(a.body).toBe(accepted[0].body);
      // A retry after an accepted answer is always answered with it; a refused request leaves nothing, so its retry is a new attempt.
      for (const retry of list.filter((a) => a.after === 'accepted')) expect(retry).toMatchObject({ status: 200, replayed: true, body: accepted[0].body });
    }
    expect([...answers.values()].flat().some((a) => a.replayed)).toBe(true);
    // Redemptions took part, and each took one unit of stock: none lost, none twice.
    const redeemed = [...redemptionKeys].filter((key) => answers.get(key)?.some((a) => a.status === 200)).length;
    expect(redeemed).toBeGreaterThan(0);
    const [stock] = await t.services.database.query<{ stock: number; held: string }>(
      `SELECT stock, (SELECT count(*) FROM redemptions WHERE item_id = $1) AS held FROM reward_items WHERE id = $1`, [itemId]);
    expect([stock.stock, Number(stock.held)]).toEqual([25 - redeemed, redeemed]);
    expect([...answers.values()].flat().some((a) => a.status === 409)).toBe(true);

    const db = t.services.database;
    const [totals] = await db.query<{ movements: string; entries: string; negative: string }>(`
      SELECT (SELECT count(*) FROM ledger_movements) AS movements, (SELECT count(*) FROM ledger_entries) AS entries,
             (SELECT count(*) FROM ledger_accounts WHERE balance < 0) AS negative`);
    const initialMovements = members.length * 2;
    expect(Number(totals.movements)).toBe(initialMovements + acceptedMovements);
    expect(Number(totals.entries)).toBe(2 * Number(totals.movements));
    expect(Number(totals.negative)).toBe(0);
    // Conservation per unit: balanced accounts by their balance, counter-accounts by their entries.
    const sums = await db.query<{ unit: string; total: string }>(`
      SELECT a.unit, sum(CASE WHEN a.balance IS NOT NULL THEN a.balance ELSE (SELECT coalesce(sum(e.amount), 0) FROM ledger_entries e
             WHERE e.district_code = a.district_code AND e.account_id = a.id) END) AS total
      FROM ledger_accounts a GROUP BY a.unit ORDER BY a.unit`);
    expect(sums.map((s) => [s.unit, Number(s.total)])).toEqual([['minutes', 0], ['points', 0]]);
    const check = await checkLedger(db.db);
    expect(check.problems).toEqual([]);
  });

  it('runs transfers in opposite directions and the same request sent many times at once without a deadlock or a second movement', async () => {
    const [a, b] = members;
    await depositService(t, a.ledger, 60);
    const transfer = (from: Member, to: Member, idempotencyKey: string) => from.client.post('/api/time-bank/transfers', {
      recipientIdNumber: to.idNumber, recipientName: to.name, relationship: 'spouse', minutes: 1, idempotencyKey,
    });
    const crossing = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? transfer(a, b, newKey()) : transfer(b, a, newKey()))));
    expect(crossing.map((r) => r.statusCode).filter((s) => s !== 200 && s !== 409)).toEqual([]);

    const key = newKey();
    const same = await Promise.all(Array.from({ length: 6 }, () => transfer(a, b, key)));
    expect(same.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(same.map((r) => r.body)).size).toBe(1);
    expect(same.filter((r) => r.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
    const rows = await t.services.database.query(`SELECT 1 FROM ledger_entries WHERE movement_id = $1`, [same[0].json().movementId]);
    expect(rows).toHaveLength(2);
  });

  it('opens the time bank of a relative who has none once, when several transfer to the relative at once', async () => {
    const relative = await newVolunteer(t, 830, { name: '冯玉兰', birth: '19600101' });
    const senders = members.slice(0, 5);
    for (const sender of senders) await depositService(t, sender.ledger, 10);
    const answers = await Promise.all(senders.map((sender) => sender.client.post('/api/time-bank/transfers', {
      recipientIdNumber: relative.idNumber, recipientName: '冯玉兰', relationship: 'spouse', minutes: 7, idempotencyKey: newKey(),
    })));
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const accounts = await t.services.database.query<{ balance: string }>(
      `SELECT balance FROM ledger_accounts WHERE volunteer_id = $1 AND kind = 'time_bank'`, [relative.volunteerId]);
    expect(accounts.map((a) => Number(a.balance))).toEqual([35]);
    expect((await checkLedger(t.services.database.db)).problems).toEqual([]);
  });

  // Two committees confirming service in one district: the second credit must not wait for the first to commit.
  it.skipIf(testEngine() !== 'postgresql')('credits two volunteers of one district at once, neither waiting for the other to commit', async () => {
    const [first, second] = await Promise.all([821, 822].map(async (n) => ledgerVolunteer((await newVolunteer(t, n)).volunteerId)));
    const credit = (tx: Db, volunteer: LedgerVolunteer) => lockVolunteer(tx, volunteer)
      .then(() => creditServiceRecord(tx, t.services, { volunteer, record: { id: randomUUID(), minutes: 30, serviceType: 'elder_care' }, confirmedBy: volunteer.id }));
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let firstCredited!: () => void;
    const firstIsIn = new Promise<void>((resolve) => { firstCredited = resolve; });
    const open = t.services.database.db.transaction(async (tx) => {
      await credit(tx, first);
      firstCredited();
      await held;
    });
    await firstIsIn;
    try {
      const secondCredit = await t.services.database.db.transaction(async (tx) => {
        await tx.execute(sql`set local lock_timeout = '3s'`);
        return credit(tx, second);
      });
      expect(secondCredit).toMatchObject({ deposited: 30, overCap: 0 });
    } finally {
      release();
      await open;
    }
  });
});
