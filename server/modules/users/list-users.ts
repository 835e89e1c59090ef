import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { users } from './users.tables';
import { presentUser } from './users.present';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import type { z } from 'zod';
import type { listUsersQuerySchema } from './users.schemas';

export async function listUsers({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listUsersQuerySchema> }) {
  await authorize(ctx, 'user.read');
  const filters: (SQL | undefined)[] = [inScope(ctx.actor, users)];
  // A filter node outside the actor's subtree simply matches nothing: both predicates apply.
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, users));
  if (input.role) filters.push(eq(users.role, input.role));
  if (input.status) filters.push(eq(users.status, input.status));
  if (input.q) filters.push(or(ilike(users.username, containsPattern(input.q)), ilike(users.displayName, containsPattern(input.q))));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(users).where(where).orderBy(asc(users.jurisdictionCode), asc(users.username)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(users).where(where),
  ]);
  const names = await jurisdictionNames(ctx.db, rows.map((r) => r.jurisdictionCode));
  return {
    items: rows.map((r) => ({ ...presentUser(r, ctx.services.fieldKeys), jurisdictionName: names.get(r.jurisdictionCode) })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
