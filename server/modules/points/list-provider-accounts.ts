import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern } from '../../platform/http/list';
import { maskPhone } from '../../platform/crypto/mask';
import { isValidMobile } from '../../platform/validators/mobile';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { users } from '../users/users.tables';
import type { listProviderAccountsQuerySchema } from './points.schemas';

/** Accounts in the actor's subtree that may be named as an item's provider (any role), to pick from by name. */
export async function listProviderAccounts({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listProviderAccountsQuerySchema> }) {
  await authorize(ctx, 'rewardItem.manage');
  const filters: (SQL | undefined)[] = [eq(users.status, 'active'), inScope(ctx.actor, users)];
  if (input.q) filters.push(or(ilike(users.username, containsPattern(input.q)), ilike(users.displayName, containsPattern(input.q))));
  const where = and(...filters);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, jurisdictionCode: users.jurisdictionCode })
      .from(users).where(where).orderBy(asc(users.username)).limit(input.pageSize).offset((input.page - 1) * input.pageSize),
    ctx.db.select({ total: count() }).from(users).where(where),
  ]);
  const names = await jurisdictionNames(ctx.db, rows.map((r) => r.jurisdictionCode));
  // A volunteer who registered on the portal signs in with their mobile number: shown masked, like every phone number.
  const items = rows.map((r) => ({ ...r, username: isValidMobile(r.username) ? maskPhone(r.username)! : r.username, jurisdictionName: names.get(r.jurisdictionCode) ?? null }));
  return { items, total, page: input.page, pageSize: input.pageSize };
}
