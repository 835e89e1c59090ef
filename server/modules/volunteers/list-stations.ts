import { and, asc, count, ilike, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { volunteerStations } from './volunteers.tables';
import { presentStations } from './unit-presenter';
import type { listStationsQuerySchema } from './volunteers.schemas';

/** 志愿服务站 in the actor's subtree, by place and name. */
export async function listStations({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listStationsQuerySchema> }) {
  await authorize(ctx, 'volunteer.read');
  if (input.jurisdictionCode) await authorize(ctx, 'volunteer.read', { jurisdictionCode: input.jurisdictionCode });
  const filters: (SQL | undefined)[] = [inScope(ctx.actor, volunteerStations)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, volunteerStations));
  if (input.q) filters.push(ilike(volunteerStations.name, containsPattern(input.q)));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(volunteerStations).where(where).orderBy(asc(volunteerStations.jurisdictionCode), asc(volunteerStations.name)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(volunteerStations).where(where),
  ]);
  return { items: await presentStations(ctx.db, rows), total, page: input.page, pageSize: input.pageSize };
}
