import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => { await t?.close(); });

const newUser = (over: Record<string, unknown> = {}) => ({
  username: 'clerk.li', displayName: '李文员', phone: '13912345678', role: 'street', jurisdictionCode: '441802006', ...over,
});

describe('users', () => {
  it('lists users in the admin subtree with masked phones, filtered by place', async () => {
    const all = (await admin.get('/api/users?pageSize=100')).json();
    expect(all.total).toBeGreaterThanOrEqual(11);
    const street = all.items.find((u: { username: string }) => u.username === 'street');
    expect(street.phoneMasked).toBe('138****0004');
    expect(JSON.stringify(all)).not.toContain('13800000004');
    const fengcheng = (await admin.get('/api/users?jurisdictionCode=441802006&pageSize=100')).json();
    expect(fengcheng.items.every((u: { jurisdictionCode: string }) => u.jurisdictionCode.startsWith('441802006'))).toBe(true);
    expect(fengcheng.items.map((u: { username: string }) => u.username)).toContain('committee');
  });

  it('exports the list as an Excel workbook', async () => {
    const response = await admin.get('/api/users?format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('creates an account with a one-time password that must be changed at first sign-in', async () => {
    const created = await admin.post('/api/users', newUser());
    expect(created.statusCode).toBe(200);
    const { user, oneTimePassword } = created.json();
    expect(user).toMatchObject({ username: 'clerk.li', role: 'street', phoneMasked: '139****5678', status: 'active' });
    const clerk = await t.login('clerk.li', oneTimePassword);
    const session = (await clerk.get('/api/auth/session')).json();
    expect(session.passwordExpired).toBe(true);
    const blocked = await clerk.get('/api/jurisdictions/roots');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_EXPIRED');
    expect((await clerk.post('/api/auth/password', { currentPassword: oneTimePassword, newPassword: 'Fengcheng#2026' })).statusCode).toBe(204);
    expect((await clerk.get('/api/jurisdictions/roots')).statusCode).toBe(200);
  });

  it('refuses a duplicate username, a role at the wrong level and bad fields, writing nothing', async () => {
    const before = (await admin.get('/api/users?pageSize=1')).json().total;
    const duplicate = await admin.post('/api/users', newUser({ username: 'street' }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0]).toMatchObject({ path: 'username', message: '用户名已被使用' });
    const wrongLevel = await admin.post('/api/users', newUser({ username: 'x.committee', role: 'committee', jurisdictionCode: '441802006' }));
    expect(wrongLevel.statusCode).toBe(400);
    expect(wrongLevel.json().errors[0].path).toBe('role');
    const bad = await admin.post('/api/users', newUser({ username: '1bad', phone: '12345', jurisdictionCode: '4418020' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['jurisdictionCode', 'phone', 'username']);
    expect(bad.json().errors.find((e: { path: string }) => e.path === 'phone').message).toBe('手机号码无效');
    const unknownPlace = await admin.post('/api/users', newUser({ username: 'x.nowhere', jurisdictionCode: '441802999' }));
    expect(unknownPlace.statusCode).toBe(400);
    expect((await admin.get('/api/users?pageSize=1')).json().total).toBe(before);
  });

  it('disabling an account ends its sessions and blocks sign-in', async () => {
    const { user, oneTimePassword } = (await admin.post('/api/users', newUser({ username: 'temp.user' }))).json();
    const session = await t.login('temp.user', oneTimePassword);
    const disabled = await admin.patch(`/api/users/${user.id}`, { status: 'disabled' });
    expect(disabled.json().status).toBe('disabled');
    expect((await session.get('/api/auth/session')).statusCode).toBe(401);
    const retry = await t.anonymous.post('/api/auth/login', { username: 'temp.user', password: oneTimePassword });
    expect(retry.statusCode).toBe(401);
    expect(retry.json().title).toBe('用户名或密码错误');
  });

  it('resets a password and reveals a phone only with an audit row', async () => {
    const list = (await admin.get('/api/users?q=committee')).json();
    const committee = list.items.find((u: { username: string }) => u.username === 'committee');
    const reset = await admin.post(`/api/users/${committee.id}/reset-password`);
    expect(reset.json().oneTimePassword).toMatch(/.{12}/);
    const revealed = await admin.post(`/api/users/${committee.id}/reveal-phone`);
    expect(revealed.json().phone).toBe('13800000006');
    const audit = (await admin.get('/api/audit-logs?action=user.revealPhone')).json();
    expect(audit.items[0]).toMatchObject({ actorUsername: 'admin', targetId: committee.id, outcome: 'success' });
    expect(JSON.stringify(audit)).not.toContain('13800000006');
  });

  it('links a hub account to the organization it works for', async () => {
    const bureau = await t.login('bureau');
    const { id: organizationId } = (await bureau.post('/api/organizations/registered', {
      name: '凤城街道社会组织联合会', category: 'service', jurisdictionCode: '441802006001', leaderName: '陈建国', creditCode: '51310110501144395U',
    })).json();
    const users = (await admin.get('/api/users?pageSize=100')).json().items as { id: string; username: string }[];
    const hubId = users.find((u) => u.username === 'hub')!.id;
    const streetId = users.find((u) => u.username === 'street')!.id;
    const linked = await admin.patch(`/api/users/${hubId}`, { organizationId });
    expect(linked.json()).toMatchObject({ username: 'hub', organizationId });
    expect((await (await t.login('hub')).get('/api/auth/session')).json().user.organizationId).toBe(organizationId);
    const notHub = await admin.patch(`/api/users/${streetId}`, { organizationId });
    expect(notHub.json().errors).toEqual([{ path: 'organizationId', message: '只有枢纽型社会组织和社区社会组织的账号可以关联组织' }]);
    const unknown = await admin.patch(`/api/users/${hubId}`, { organizationId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.json().errors).toEqual([{ path: 'organizationId', message: '组织不存在，或与账号不在同一区县' }]);
    expect((await admin.get('/api/users?q=hub')).json().items[0].organizationId).toBe(organizationId);
    expect((await admin.patch(`/api/users/${hubId}`, { organizationId: null })).json().organizationId).toBeNull();
  });
});

describe('users: access', () => {
  it('refuses anonymous requests', async () => {
    expect((await t.anonymous.get('/api/users')).statusCode).toBe(401);
    expect((await t.anonymous.post('/api/users', newUser())).statusCode).toBe(401);
  });

  it('refuses other roles', async () => {
    const street = await t.login('street');
    expect((await street.get('/api/users')).statusCode).toBe(403);
    const created = await street.post('/api/users', newUser({ username: 'by.street' }));
    expect(created.statusCode).toBe(403);
    expect(created.json().title).toBe('没有权限执行此操作');
  });

  it('keeps an admin inside their subtree', async () => {
    const cityAdmin = (await admin.post('/api/users', newUser({ username: 'qy.admin', role: 'admin', jurisdictionCode: '441802' }))).json();
    await t.login('qy.admin', cityAdmin.oneTimePassword).then((c) =>
      c.post('/api/auth/password', { currentPassword: cityAdmin.oneTimePassword, newPassword: 'Qingcheng#2026' }));
    const districtAdmin = await t.login('qy.admin', 'Qingcheng#2026');
    const listed = (await districtAdmin.get('/api/users?pageSize=100')).json();
    expect(listed.items.every((u: { jurisdictionCode: string }) => u.jurisdictionCode.startsWith('441802'))).toBe(true);
    expect(listed.items.map((u: { username: string }) => u.username)).not.toContain('city');
    const outside = await districtAdmin.post('/api/users', newUser({ username: 'x.yingde', jurisdictionCode: '441881' }));
    expect(outside.statusCode).toBe(403);
    expect(outside.json().title).toBe('该数据不在您的管辖范围内');
    const cityUser = (await admin.get('/api/users?q=city')).json().items.find((u: { username: string }) => u.username === 'city');
    expect((await districtAdmin.patch(`/api/users/${cityUser.id}`, { displayName: 'x' })).statusCode).toBe(404);
    expect((await districtAdmin.post(`/api/users/${cityUser.id}/reset-password`)).statusCode).toBe(404);
    expect((await districtAdmin.post(`/api/users/${cityUser.id}/reveal-phone`)).statusCode).toBe(404);
    const denied = (await admin.get('/api/audit-logs?outcome=denied&pageSize=50')).json();
    expect(denied.items.some((r: { actorUsername: string; action: string }) => r.actorUsername === 'qy.admin' && r.action === 'user.create')).toBe(true);
  });

  it('answers 400 for a malformed id', async () => {
    expect((await admin.patch('/api/users/not-a-uuid', { displayName: 'x' })).statusCode).toBe(400);
  });
});
