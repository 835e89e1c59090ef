import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { newVolunteer } from '../volunteers/volunteer-fixtures';
import { depositService, ledgerVolunteer, newKey } from './time-bank-fixtures';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

describe('ledger check (ledger.check)', () => {
  it('passes on a sound ledger, fails and names the problems when a balance or an entry is tampered with', async () => {
    const admin = await t.login('admin');
    const latest = async () => (await admin.get('/api/ledger-checks/latest')).json().run;
    const run = async () => expect((await admin.post('/api/jobs/ledger.check/run', {})).statusCode).toBe(200);
    expect(await latest()).toBeNull();

    const giver = await newVolunteer(t, 701);
    const receiver = await newVolunteer(t, 702, { name: '周丽华' });
    await depositService(t, ledgerVolunteer(giver.volunteerId), 240);
    const transfer = await giver.client.post('/api/time-bank/transfers', {
      recipientIdNumber: receiver.idNumber, recipientName: '周丽华', relationship: 'sibling', minutes: 60, idempotencyKey: newKey(),
    });
    // Siblings are not among the default relations; a spouse is.
    expect(transfer.statusCode).toBe(400);
    expect((await giver.client.post('/api/time-bank/transfers', {
      recipientIdNumber: receiver.idNumber, recipientName: '周丽华', relationship: 'spouse', minutes: 60, idempotencyKey: newKey(),
    })).statusCode).toBe(200);

    await run();
    expect(await latest()).toMatchObject({ ok: true, movements: 3, problems: [] });

    const db = t.services.database;
    const [account] = await db.query<{ id: string }>(`SELECT id FROM ledger_accounts WHERE volunteer_id = $1 AND kind = 'time_bank'`, [giver.volunteerId]);
    await db.query('UPDATE ledger_accounts SET balance = balance + 30 WHERE id = $1', [account.id]);
    await run();
    const failed = await latest();
    expect(failed.ok).toBe(false);
    expect(failed.problems).toEqual([{ kind: 'balanceMismatch', id: account.id, detail: 'balance 210, entries sum to 180' }]);

    await db.query('UPDATE ledger_accounts SET balance = balance - 30 WHERE id = $1', [account.id]);
    const [entry] = await db.query<{ id: string; movement_id: string; account_id: string }>(
      `SELECT id, movement_id, account_id FROM ledger_entries WHERE movement_kind = 'transfer' AND amount > 0`,
    );
    await db.query('UPDATE ledger_entries SET amount = amount + 1 WHERE id = $1', [entry.id]);
    await run();
    const problems = (await latest()).problems;
    expect(problems).toEqual(expect.arrayContaining([
      { kind: 'movementUnbalanced', id: entry.movement_id, detail: 'entries sum to 1' },
      { kind: 'balanceMismatch', id: entry.account_id, detail: 'balance 60, entries sum to 61' },
    ]));

    await db.query('UPDATE ledger_entries SET amount = amount - 1 WHERE id = $1', [entry.id]);
    await run();
    expect(await latest()).toMatchObject({ ok: true, problems: [] });
  });

  it('flags an account below zero', async () => {
    const admin = await t.login('admin');
    const db = t.services.database;
    const [account] = await db.query<{ id: string }>(`SELECT id FROM ledger_accounts WHERE kind = 'points' LIMIT 1`);
    await db.query('UPDATE ledger_accounts SET balance = -1 WHERE id = $1', [account.id]);
    await admin.post('/api/jobs/ledger.check/run', {});
    const { run } = (await admin.get('/api/ledger-checks/latest')).json();
    expect(run.problems).toEqual(expect.arrayContaining([{ kind: 'balanceNegative', id: account.id, detail: 'balance -1' }]));
  });

  it('is read by the admin and the auditor only', async () => {
    expect((await (await t.login('auditor')).get('/api/ledger-checks/latest')).statusCode).toBe(200);
    expect((await (await t.login('bureau')).get('/api/ledger-checks/latest')).statusCode).toBe(403);
  });
});
