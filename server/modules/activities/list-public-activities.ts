import { and, asc, count, eq, gt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context';
import { inScope, systemScope } from '../../platform/policy/policy';
import { volunteerActivities } from './activities.tables';
import { activityNames, dictionaryLabels } from './activity-names';
import { presentPublicActivity } from './activity-presenter';
import type { publicActivitiesQuerySchema } from './activities.schemas';

/** The portal's 志愿活动: published activities not yet ended, soonest first, by place and service type. */
export async function listPublicActivities({ ctx, input }: { ctx: Ctx; input: z.infer<typeof publicActivitiesQuerySchema> }) {
  // Open to all: the whole tree, or the subtree of the place asked for (which also pins its district).
  const filters: (SQL | undefined)[] = [
    inScope(input.place ? { jurisdictionCode: input.place } : systemScope, volunteerActivities),
    eq(volunteerActivities.status, 'published'), gt(volunteerActivities.endsAt, new Date()),
  ];
  if (input.serviceType) filters.push(eq(volunteerActivities.serviceType, input.serviceType));
  const where = and(...filters);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(volunteerActivities).where(where).orderBy(asc(volunteerActivities.startsAt), asc(volunteerActivities.id))
      .limit(input.pageSize).offset((input.page - 1) * input.pageSize),
    ctx.db.select({ total: count() }).from(volunteerActivities).where(where),
  ]);
  const [names, label] = await Promise.all([activityNames(ctx.db, rows), dictionaryLabels(ctx.db, ctx.lang)]);
  return { items: rows.map((a) => presentPublicActivity(a, names, label)), total, page: input.page, pageSize: input.pageSize };
}
