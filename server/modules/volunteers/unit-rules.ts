import { and, eq, inArray } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { ValidationError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { jurisdictions } from '../jurisdictions/jurisdictions.tables';
import { users } from '../users/users.tables';
import { volunteers } from './volunteers.tables';
import { volunteersInReach } from './find-volunteer';

/** Stations and teams sit at a street (township) or a community (village) of the tree. */
export async function checkUnitPlace(ctx: ActorCtx, code: string): Promise<void> {
  const [node] = await ctx.db.select({ code: jurisdictions.code }).from(jurisdictions).where(and(eq(jurisdictions.code, code), inArray(jurisdictions.level, [4, 5])));
  if (!node) throw new ValidationError('validation', {}, [{ path: 'jurisdictionCode', key: 'volunteerUnitPlace' }]);
}

/**
 * A station's or team's manager: an active account inside the unit's subtree (a committee clerk,
 * an organization's leader), or the account of a volunteer the actor reaches, who then runs the
 * unit from the portal.
 */
export async function checkManager(ctx: ActorCtx, node: string, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  const [account] = await ctx.db.select({ id: users.id }).from(users)
    .where(and(eq(users.id, userId), eq(users.status, 'active'), inScope({ jurisdictionCode: node }, users)));
  if (account) return;
  const [volunteer] = await ctx.db.select({ id: volunteers.id }).from(volunteers).where(and(eq(volunteers.userId, userId), volunteersInReach(ctx)));
  if (!volunteer) throw new ValidationError('validation', {}, [{ path: 'managerUserId', key: 'volunteerManagerUnknown' }]);
}
