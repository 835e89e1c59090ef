import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { users } from './users.tables';

/** A user inside the actor's subtree, or 404 (a user elsewhere is not revealed to exist). */
export async function findUserInScope(ctx: ActorCtx, id: string) {
  const [user] = await ctx.db.select().from(users).where(and(eq(users.id, id), inScope(ctx.actor, users)));
  if (!user) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'User' : '用户' });
  return user;
}
