import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { withoutScope } from '../../platform/db/scope-guard';
import { notify } from './notify';
import { users } from '../users/users.tables';
import { inArray } from 'drizzle-orm';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const rows = await withoutScope('test set-up', () =>
    t.services.database.db.select().from(users).where(inArray(users.username, ['street', 'street2'])));
  for (const user of rows) {
    await notify(t.services.database.db, user, { title: `${user.username} 的第一条消息`, link: '/admin' });
    await notify(t.services.database.db, user, { title: `${user.username} 的第二条消息`, body: '请及时处理' });
  }
});
afterAll(async () => { await t?.close(); });

describe('notifications', () => {
  it("lists one's own notifications with the unread count, and marks them read", async () => {
    const street = await t.login('street');
    const list = (await street.get('/api/notifications')).json();
    expect(list.items.map((n: { title: string }) => n.title).sort()).toEqual(['street 的第一条消息', 'street 的第二条消息']);
    expect(list.unreadCount).toBe(2);
    expect((await street.post(`/api/notifications/${list.items[0].id}/read`)).statusCode).toBe(204);
    expect((await street.get('/api/notifications/unread-count')).json()).toEqual({ count: 1 });
    expect((await street.get('/api/notifications?unread=true')).json().items).toHaveLength(1);
    expect((await street.post('/api/notifications/read-all')).json()).toEqual({ marked: 1 });
    expect((await street.get('/api/notifications/unread-count')).json()).toEqual({ count: 0 });
  });

  it("never touches someone else's notification", async () => {
    const other = await t.login('street2');
    const street = await t.login('street');
    const theirs = (await other.get('/api/notifications')).json().items[0];
    expect((await street.post(`/api/notifications/${theirs.id}/read`)).statusCode).toBe(404);
    expect((await other.get('/api/notifications/unread-count')).json()).toEqual({ count: 2 });
  });

  it('refuses anonymous requests and bad ids', async () => {
    expect((await t.anonymous.get('/api/notifications')).statusCode).toBe(401);
    expect((await t.anonymous.get('/api/notifications/unread-count')).statusCode).toBe(401);
    expect((await t.anonymous.post('/api/notifications/read-all')).statusCode).toBe(401);
    const street = await t.login('street');
    expect((await street.post('/api/notifications/123/read')).statusCode).toBe(400);
  });
});
