import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { volunteerActivities } from './activities.tables';
import { activityNames, dictionaryLabels } from './activity-names';
import { presentActivity } from './activity-presenter';
import { seesOwnActivitiesOnly, visibleActivities } from './find-activity';
import { waitlistCounts } from './signup-queries';
import type { listActivitiesQuerySchema } from './activities.schemas';

/** 志愿活动 in the console: staff by place, leaders and volunteers what they publish or manage; newest start first. */
export async function listActivities({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listActivitiesQuerySchema> }) {
  await authorize(ctx, 'activity.read');
  if (input.jurisdictionCode && !seesOwnActivitiesOnly(ctx)) await authorize(ctx, 'activity.read', { jurisdictionCode: input.jurisdictionCode });
  const filters: (SQL | undefined)[] = [await visibleActivities(ctx)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, volunteerActivities));
  if (input.status) filters.push(eq(volunteerActivities.status, input.status));
  if (input.serviceType) filters.push(eq(volunteerActivities.serviceType, input.serviceType));
  if (input.from) filters.push(gte(volunteerActivities.startsAt, new Date(input.from)));
  if (input.to) filters.push(lt(volunteerActivities.startsAt, new Date(input.to)));
  if (input.q) filters.push(ilike(volunteerActivities.title, containsPattern(input.q)));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(volunteerActivities).where(where).orderBy(desc(volunteerActivities.startsAt), desc(volunteerActivities.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(volunteerActivities).where(where),
  ]);
  const [names, label, waiting] = await Promise.all([
    activityNames(ctx.db, rows), dictionaryLabels(ctx.db, ctx.lang),
    rows.length ? waitlistCounts(ctx.db, rows.map((a) => a.id)) : Promise.resolve([]),
  ]);
  return {
    items: rows.map((a) => presentActivity(a, names, label, waiting.find((w) => w.activityId === a.id)?.n ?? 0)),
    total, page: input.page, pageSize: input.pageSize,
  };
}
