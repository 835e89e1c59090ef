import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { testEngine } from '../../test/test-database';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

describe('system', () => {
  it('answers health with the database in use, without signing in', async () => {
    const response = await t.anonymous.get('/api/health');
    expect(response.json()).toEqual({ status: 'ok', database: testEngine() });
  });

  it('documents every API route in the OpenAPI document', async () => {
    const document = (await t.anonymous.get('/api/openapi.json')).json();
    expect(document.openapi).toMatch(/^3\./);
    const documented = new Set(
      Object.entries(document.paths as Record<string, object>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)),
    );
    const routes = t.app.printRoutes({ commonPrefix: false });
    expect(routes).toContain('/api/users');
    for (const route of ['POST /api/auth/login', 'GET /api/jurisdictions/{code}/children', 'POST /api/audit-logs/verify', 'GET /api/users', 'POST /api/attachments']) {
      expect(documented).toContain(route);
    }
    expect((await t.anonymous.get('/api/docs/')).statusCode).toBe(200);
  });

  it('answers unknown API paths with a problem document', async () => {
    const admin = await t.login('admin');
    const response = await admin.get('/api/no-such-thing');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', title: '接口不存在' });
  });

  it('answers malformed JSON with a 400 problem, in English when asked', async () => {
    const admin = await t.login('admin');
    const response = await admin.request({
      method: 'POST', url: '/api/users', headers: { 'content-type': 'application/json', 'accept-language': 'en-US' }, payload: '{"username":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION', title: 'Some fields are not valid; please check them' });
  });
});
