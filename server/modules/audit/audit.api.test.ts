import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { verifyAuditChain } from '../../platform/audit/verify-audit-chain';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  await t.anonymous.post('/api/auth/login', { username: 'street', password: 'wrong-Password1' });
  await t.anonymous.post('/api/auth/login', { username: 'ghost', password: 'wrong-Password1' });
  await t.login('street');
  admin = await t.login('admin');
});
afterAll(async () => { await t?.close(); });

describe('audit log', () => {
  it('records successful and failed logins, never the password', async () => {
    const rows = (await admin.get('/api/audit-logs?action=auth.login&pageSize=50')).json().items;
    expect(rows.some((r: { actorUsername: string; outcome: string }) => r.actorUsername === 'street' && r.outcome === 'success')).toBe(true);
    expect(rows.some((r: { actorUsername: string; outcome: string }) => r.actorUsername === 'street' && r.outcome === 'failed')).toBe(true);
    expect(rows.some((r: { actorUsername: string; jurisdictionCode: string }) => r.actorUsername === 'ghost' && r.jurisdictionCode === '')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('wrong-Password1');
  });

  it('keeps the login log with outcomes, filterable, and exports both logs', async () => {
    const failed = (await admin.get('/api/login-logs?success=false')).json().items;
    expect(failed.map((r: { username: string; outcome: string }) => [r.username, r.outcome])).toEqual(
      expect.arrayContaining([['street', 'bad_credentials'], ['ghost', 'bad_credentials']]),
    );
    for (const url of ['/api/audit-logs?format=xlsx', '/api/login-logs?format=xlsx']) {
      const response = await admin.get(url);
      expect(response.headers['content-type']).toContain('spreadsheetml');
    }
  });

  it('lists rows newest first, a row pending seal without its number until verification seals it', async () => {
    type Row = { id: number; seq: number | null };
    const before: Row[] = (await admin.get('/api/audit-logs?action=auth.login&pageSize=5')).json().items;
    expect(before[0].seq).toBeNull();
    expect(before.map((r) => r.id)).toEqual([...before.map((r) => r.id)].sort((a, b) => b - a));
    expect((await admin.post('/api/audit-logs/verify')).json()).toMatchObject({ ok: true, pending: 0 });
    const after: Row[] = (await admin.get('/api/audit-logs?action=auth.login&pageSize=5')).json().items;
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after.every((r) => Number.isInteger(r.seq))).toBe(true);
  });

  it('verifies the chain, and names the first row that was altered', async () => {
    expect((await admin.post('/api/audit-logs/verify')).json()).toMatchObject({ ok: true });
    const [target] = await t.services.database.query<{ district_code: string; seq: number }>(
      `SELECT district_code, seq FROM audit_log WHERE action = 'auth.login' AND district_code = '441802' ORDER BY seq LIMIT 1`,
    );
    await t.services.database.db.execute(sql`UPDATE audit_log SET outcome = 'success' WHERE district_code = ${target.district_code} AND seq = ${target.seq}`);
    const result = (await admin.post('/api/audit-logs/verify')).json();
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ districtCode: '441802', seq: Number(target.seq), reason: 'hash_mismatch' });
    await t.services.database.db.execute(sql`DELETE FROM audit_log WHERE district_code = '441802' AND seq = ${Number(target.seq)}`);
    const gap = await verifyAuditChain(t.services.database.db, ['441802']);
    expect(gap.firstBroken).toMatchObject({ districtCode: '441802', seq: Number(target.seq), reason: 'gap' });
  });

  it('shows an auditor only their subtree and refuses others', async () => {
    expect((await t.anonymous.get('/api/audit-logs')).statusCode).toBe(401);
    expect((await t.anonymous.post('/api/audit-logs/verify')).statusCode).toBe(401);
    expect((await t.anonymous.get('/api/login-logs')).statusCode).toBe(401);
    const street = await t.login('street2');
    expect((await street.get('/api/audit-logs')).statusCode).toBe(403);
    expect((await street.get('/api/login-logs')).statusCode).toBe(403);
    expect((await street.post('/api/audit-logs/verify')).statusCode).toBe(403);
    const { oneTimePassword } = (await admin.post('/api/users', {
      username: 'qc.auditor', displayName: '清城审计', role: 'auditor', jurisdictionCode: '441803',
    })).json();
    const auditor = await t.login('qc.auditor', oneTimePassword);
    await auditor.post('/api/auth/password', { currentPassword: oneTimePassword, newPassword: 'Qingxin#2026' });
    const scoped = await t.login('qc.auditor', 'Qingxin#2026');
    const rows = (await scoped.get('/api/audit-logs?pageSize=100')).json().items;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: { jurisdictionCode: string }) => r.jurisdictionCode.startsWith('441803'))).toBe(true);
    const logins = (await scoped.get('/api/login-logs?pageSize=100')).json().items;
    expect(logins.map((r: { username: string }) => r.username)).not.toContain('ghost');
    expect((await scoped.get('/api/audit-logs?from=yesterday')).statusCode).toBe(400);
  });
});
