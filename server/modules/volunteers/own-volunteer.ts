import { and, eq, sql } from 'drizzle-orm';
import { keyLookupRead } from '../../platform/db/key-lookup';
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
  const [volunteer] = await volunteerOfAccount(ctx.db, { userId: ctx.actor.userId });
  if (!volunteer) throw new NotFoundError('volunteerNotRegistered');
  return volunteer;
}

// Every page of a volunteer's own starts here: built once.
const volunteerOfAccount = keyLookupRead('volunteer_of_account', (db) => db.select().from(volunteers)
  .where(and(eq(volunteers.userId, sql.placeholder('userId')), inScope(systemScope, volunteers))));
