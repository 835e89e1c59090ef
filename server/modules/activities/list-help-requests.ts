import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { helpRequests } from './activities.tables';
import { presentHelpRequests } from './help-request-names';
import type { listHelpRequestsQuerySchema } from './activities.schemas';

/** 服务需求 in the actor's subtree, newest first, by status, service type, place and words of the name or need. */
export async function listHelpRequests({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listHelpRequestsQuerySchema> }) {
  await authorize(ctx, 'helpRequest.read');
  if (input.jurisdictionCode) await authorize(ctx, 'helpRequest.read', { jurisdictionCode: input.jurisdictionCode });
  const filters: (SQL | undefined)[] = [inScope(ctx.actor, helpRequests)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, helpRequests));
  if (input.status) filters.push(eq(helpRequests.status, input.status));
  if (input.serviceType) filters.push(eq(helpRequests.serviceType, input.serviceType));
  if (input.q) filters.push(or(ilike(helpRequests.requesterName, containsPattern(input.q)), ilike(helpRequests.description, containsPattern(input.q))));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(helpRequests).where(where).orderBy(desc(helpRequests.createdAt), desc(helpRequests.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(helpRequests).where(where),
  ]);
  return { items: await presentHelpRequests(ctx, rows), total, page: input.page, pageSize: input.pageSize };
}
