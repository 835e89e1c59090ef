import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

describe('sign-in', () => {
  it('signs in, sets an httpOnly cookie and answers the user, permissions and CSRF token', async () => {
    const response = await t.anonymous.post('/api/auth/login', { username: 'street', password: 'Linli@2026' });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'linli_session');
    expect(cookie?.httpOnly).toBe(true);
    const body = response.json();
    expect(body.user).toMatchObject({ username: 'street', role: 'street', jurisdictionCode: '441802006', jurisdictionName: '凤城街道' });
    expect(body.user.phoneMasked).toBe('138****0004');
    expect(body.permissions).toContain('jurisdiction.read');
    expect(body.permissions).not.toContain('user.create');
    expect(body.csrfToken).toMatch(/.{20,}/);
  });

  it('gives the same Chinese message for a wrong password and an unknown user', async () => {
    const wrong = await t.anonymous.post('/api/auth/login', { username: 'street2', password: 'nope-Nope1' });
    const unknown = await t.anonymous.post('/api/auth/login', { username: 'nobody-here', password: 'nope-Nope1' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().title).toBe('用户名或密码错误');
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('answers in English when asked', async () => {
    const response = await t.anonymous.request({
      method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'en' },
      payload: { username: 'street2', password: 'nope-Nope1' },
    });
    expect(response.json().title).toBe('Wrong username or password');
  });

  it('refuses bad input with field errors', async () => {
    const response = await t.anonymous.post('/api/auth/login', { username: '' });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['password', 'username']);
  });

  it('refuses the session endpoint without a session', async () => {
    expect((await t.anonymous.get('/api/auth/session')).statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('answers the session, refuses writes without the CSRF header, and logs out on the server', async () => {
    const client = await t.login('committee');
    expect((await client.get('/api/auth/session')).json().user.username).toBe('committee');
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: client.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('CSRF');
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('gives a new session id at every login', async () => {
    const a = await t.login('hub');
    const b = await t.login('hub');
    expect(a.cookie).not.toBe(b.cookie);
    const sessions = (await b.get('/api/auth/sessions')).json().items;
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
  });

  it('ends every session on "log out everywhere"', async () => {
    const a = await t.login('reviewer');
    const b = await t.login('reviewer');
    expect((await a.post('/api/auth/sessions/end-all')).json().ended).toBeGreaterThanOrEqual(2);
    expect((await b.get('/api/auth/session')).statusCode).toBe(401);
  });
});
