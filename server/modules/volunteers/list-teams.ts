import { and, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { volunteerTeams } from './volunteers.tables';
import { teamsInReach } from './find-unit';
import { presentTeams } from './unit-presenter';
import type { listTeamsQuerySchema } from './volunteers.schemas';

/** 志愿服务队 the actor reaches (a leader: its organizations'), by place, station, organization and name. */
export async function listTeams({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listTeamsQuerySchema> }) {
  await authorize(ctx, 'volunteer.read');
  if (input.jurisdictionCode) await authorize(ctx, 'volunteer.read', { jurisdictionCode: input.jurisdictionCode });
  const filters: (SQL | undefined)[] = [teamsInReach(ctx)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, volunteerTeams));
  if (input.stationId) filters.push(eq(volunteerTeams.stationId, input.stationId));
  if (input.organizationId) filters.push(eq(volunteerTeams.organizationId, input.organizationId));
  if (input.q) filters.push(ilike(volunteerTeams.name, containsPattern(input.q)));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(volunteerTeams).where(where).orderBy(asc(volunteerTeams.jurisdictionCode), asc(volunteerTeams.name)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(volunteerTeams).where(where),
  ]);
  return { items: await presentTeams(ctx.db, rows), total, page: input.page, pageSize: input.pageSize };
}
