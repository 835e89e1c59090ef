import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

const attempt = (username: string, password: string, remoteAddress = '10.1.1.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { username, password } });

describe('lockout', () => {
  it('locks an account after 5 failures, even for the right password, and logs it', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt('street2', 'Wrong#pass1', `10.2.0.${i}`)).statusCode).toBe(401);
    const locked = await attempt('street2', 'Linli@2026', '10.2.0.99');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().title).toBe('登录失败次数过多，请 15 分钟后再试');
    const [row] = await t.services.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM login_events WHERE username = 'street2' AND outcome = 'locked'`,
    );
    expect(row.n).toBe(1);
  });

  it('locks a source address that tries many accounts, and lifts the lock when it ends', async () => {
    for (const name of ['a1', 'a2', 'a3', 'a4', 'a5']) await attempt(name, 'Wrong#pass1', '10.3.3.3');
    expect((await attempt('hub', 'Linli@2026', '10.3.3.3')).statusCode).toBe(429);
    expect((await attempt('hub', 'Linli@2026', '10.3.3.4')).statusCode).toBe(200);
    await t.services.database.db.execute(sql`UPDATE login_throttles SET locked_until = now() - interval '1 minute' WHERE key = 'addr:10.3.3.3'`);
    expect((await attempt('hub', 'Linli@2026', '10.3.3.3')).statusCode).toBe(200);
  });

  it('follows the lockout settings', async () => {
    const admin = await t.login('admin');
    expect((await admin.put('/api/settings/lockout.maxFailures', { value: 3 })).statusCode).toBe(204);
    for (let i = 0; i < 3; i++) await attempt('org', 'Wrong#pass1', `10.4.0.${i}`);
    expect((await attempt('org', 'Linli@2026', '10.4.0.9')).statusCode).toBe(429);
    await admin.put('/api/settings/lockout.maxFailures', { value: 5 });
  });
});

describe('session timeouts', () => {
  it('ends a session idle for longer than the idle timeout', async () => {
    const client = await t.login('committee');
    await t.services.database.db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE ended_at IS NULL`);
    const response = await client.get('/api/auth/session');
    expect(response.statusCode).toBe(401);
    expect(response.json().title).toBe('登录已过期，请重新登录');
  });

  it('ends a session past its absolute lifetime even when active', async () => {
    const client = await t.login('reviewer');
    await t.services.database.db.execute(sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE ended_at IS NULL`);
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('ends other sessions when the password changes, and refuses weak or reused passwords', async () => {
    const a = await t.login('volunteer');
    const b = await t.login('volunteer');
    const weak = await a.post('/api/auth/password', { currentPassword: 'Linli@2026', newPassword: 'abcdefgh' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors.map((e: { message: string }) => e.message)).toContain('密码须包含大写字母、小写字母、数字、特殊字符中的至少 3 类');
    const reused = await a.post('/api/auth/password', { currentPassword: 'Linli@2026', newPassword: 'Linli@2026' });
    expect(reused.json().errors[0]).toMatchObject({ path: 'newPassword', message: '新密码不能与最近 5 次使用过的密码相同' });
    const wrong = await a.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'Better#Pass9' });
    expect(wrong.json().errors[0]).toMatchObject({ path: 'currentPassword', message: '当前密码不正确' });
    expect((await a.post('/api/auth/password', { currentPassword: 'Linli@2026', newPassword: 'Better#Pass9' })).statusCode).toBe(204);
    expect((await a.get('/api/auth/session')).statusCode).toBe(200);
    expect((await b.get('/api/auth/session')).statusCode).toBe(401);
    const back = await a.post('/api/auth/password', { currentPassword: 'Better#Pass9', newPassword: 'Linli@2026' });
    expect(back.statusCode).toBe(400);
  });

  it('forces a change of a password older than the maximum age', async () => {
    const client = await t.login('bureau');
    await t.services.database.db.execute(sql`UPDATE users SET password_changed_at = now() - interval '91 days' WHERE username = 'bureau' /*scope:users*/`);
    const response = await client.get('/api/jurisdictions/roots');
    expect(response.json().code).toBe('PASSWORD_EXPIRED');
    expect((await client.get('/api/auth/session')).json().passwordExpired).toBe(true);
  });
});
