import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import { volunteers } from './volunteers.tables';

export type Volunteer = typeof volunteers.$inferSelect;

/**
 * The volunteer record of the signed-in account (the portal's 我的). A volunteer may serve and be
 * recorded anywhere, so the look-up is by account, not by the account's subtree.
 */
export async function findOwnVolunteer(ctx: ActorCtx): Promise<Volunteer> {
  const [volunteer] = await ctx.db.select().from(volunteers)
    .where(and(eq(volunteers.userId, ctx.actor.userId), inScope(systemScope, volunteers)));
  if (!volunteer) throw new NotFoundError('volunteerNotRegistered');
  return volunteer;
}
