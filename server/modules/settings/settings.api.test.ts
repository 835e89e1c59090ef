import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

describe('settings', () => {
  it('shows each setting with its default and takes a valid change', async () => {
    const admin = await t.login('admin');
    const { items } = (await admin.get('/api/settings')).json();
    expect(items).toContainEqual({ key: 'session.idleMinutes', value: 30, default: 30 });
    expect((await admin.put('/api/settings/password.minLength', { value: 10 })).statusCode).toBe(204);
    const changed = (await admin.get('/api/settings')).json().items.find((s: { key: string }) => s.key === 'password.minLength');
    expect(changed).toEqual({ key: 'password.minLength', value: 10, default: 8 });
    const weak = await admin.post('/api/auth/password', { currentPassword: 'Linli@2026', newPassword: 'Abc#12345' });
    expect(weak.json().errors[0].message).toBe('密码至少 10 位');
  });

  it('offers the allowed values of a list setting and takes a choice among them', async () => {
    const admin = await t.login('admin');
    const noticeItems = () => admin.get('/api/settings').then((r) => r.json().items.find((s: { key: string }) => s.key === 'change.noticeItems'));
    expect(await noticeItems()).toEqual({
      key: 'change.noticeItems', value: ['name', 'purpose', 'businessScope', 'leaderName', 'charter'], default: ['name', 'purpose', 'businessScope', 'leaderName', 'charter'],
      options: ['name', 'category', 'address', 'purpose', 'businessScope', 'leaderName', 'fundingSource', 'charter', 'roster'],
    });
    const bad = await admin.put('/api/settings/change.noticeItems', { value: ['name', 'nickname'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('value');
    expect((await noticeItems()).value).toEqual(['name', 'purpose', 'businessScope', 'leaderName', 'charter']);
    expect((await admin.put('/api/settings/change.noticeItems', { value: ['name'] })).statusCode).toBe(204);
    expect((await noticeItems()).value).toEqual(['name']);
    const [audit] = (await admin.get('/api/audit-logs?action=setting.update')).json().items;
    expect(audit).toMatchObject({ targetId: 'change.noticeItems', details: { value: ['name'] } });
  });

  it('refuses out-of-range values, unknown keys, other roles and anonymous users', async () => {
    const admin = await t.login('admin');
    const bad = await admin.put('/api/settings/session.idleMinutes', { value: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('value');
    expect((await admin.put('/api/settings/no.such.key', { value: 1 })).statusCode).toBe(400);
    const bureau = await t.login('bureau');
    expect((await bureau.get('/api/settings')).statusCode).toBe(403);
    expect((await bureau.put('/api/settings/session.idleMinutes', { value: 20 })).statusCode).toBe(403);
    expect((await t.anonymous.get('/api/settings')).statusCode).toBe(401);
    expect((await admin.get('/api/settings')).json().items.find((s: { key: string }) => s.key === 'session.idleMinutes').value).toBe(30);
  });
});
