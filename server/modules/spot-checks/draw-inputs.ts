import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { inScope } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { users } from '../users/users.tables';
import type { drawClasses } from './spot-checks.schemas';
import type { Inspector, PopulationMember } from './draw-plan';

/**
 * What a draw is drawn from, in the actor's subtree, each ordered by id: the active filed and
 * registered organizations (narrowed to a class or a street when asked), and the inspector pool,
 * every active bureau and street-office account.
 */
export async function readDrawInputs(
  ctx: ActorCtx,
  filter: { orgClass?: (typeof drawClasses)[number]; streetCode?: string },
): Promise<{ population: PopulationMember[]; pool: Inspector[] }> {
  const where: (SQL | undefined)[] = [
    inScope(ctx.actor, organizations), eq(organizations.status, 'active'),
    filter.orgClass ? eq(organizations.orgClass, filter.orgClass) : inArray(organizations.orgClass, ['filed', 'registered']),
  ];
  if (filter.streetCode) where.push(inScope({ jurisdictionCode: filter.streetCode }, organizations));
  const [population, pool] = await Promise.all([
    ctx.db.select({ id: organizations.id, streetCode: organizations.streetCode }).from(organizations).where(and(...where)).orderBy(asc(organizations.id)),
    ctx.db.select({ id: users.id, jurisdictionCode: users.jurisdictionCode }).from(users)
      .where(and(inScope(ctx.actor, users), eq(users.status, 'active'), inArray(users.role, ['bureau', 'street']))).orderBy(asc(users.id)),
  ]);
  return { population, pool };
}
