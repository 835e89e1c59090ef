import { and, count, desc, eq, gte, ilike, lte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { loginEvents } from '../../platform/auth/auth.tables';
import { logScope } from './log-scope';
import type { listLoginLogQuerySchema } from './audit.schemas';

export async function listLoginEvents({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listLoginLogQuerySchema> }) {
  await authorize(ctx, 'loginLog.read');
  const filters: (SQL | undefined)[] = [logScope(ctx.actor, loginEvents)];
  if (input.username) filters.push(ilike(loginEvents.username, containsPattern(input.username)));
  if (input.success !== undefined) filters.push(eq(loginEvents.success, input.success));
  if (input.from) filters.push(gte(loginEvents.at, new Date(input.from)));
  if (input.to) filters.push(lte(loginEvents.at, new Date(input.to)));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(loginEvents).where(where).orderBy(desc(loginEvents.at)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(loginEvents).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id, at: r.at.toISOString(), username: r.username, jurisdictionCode: r.jurisdictionCode,
      success: r.success, outcome: r.outcome, sourceAddress: r.sourceAddress, userAgent: r.userAgent,
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
