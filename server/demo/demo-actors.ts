import type { ActorCtx, Ctx, Services } from '../platform/context';
import { resolvedSession } from '../platform/auth/sessions';
import { inScope, systemScope } from '../platform/policy/policy';
import { users } from '../modules/users/users.tables';

/** Demo data is made through the real actions, as the demo accounts would make it. */
export async function demoActors(services: Services): Promise<(username: string) => ActorCtx> {
  // Looking up the demo accounts by name, outside any request: the system scope.
  const rows = await services.database.db.select().from(users).where(inScope(systemScope, users));
  const byName = new Map(rows.map((user) => [user.username, user]));
  return (username) => {
    const user = byName.get(username);
    if (!user) throw new Error(`the demo account ${username} is missing`);
    return { ...publicCtx(services), actor: resolvedSession(user, 'demo-seed', '').actor };
  };
}

export function publicCtx(services: Services): Ctx {
  return { db: services.database.db, services, actor: null, lang: 'zh-CN', sourceAddress: '127.0.0.1', userAgent: 'linli demo seed' };
}
