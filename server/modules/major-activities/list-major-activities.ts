import { and, asc, count, desc, eq, gte, ilike, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { organizationRecordsScope } from '../organizations/leader-reach';
import { organizationRecordNames } from '../organizations/organization-names';
import { majorActivityReports } from './major-activities.tables';
import { presentMajorActivity } from './major-activity-presenter';
import type { listMajorActivitiesQuerySchema } from './major-activities.schemas';

/**
 * Reports the actor sees (a committee its community's, a street or bureau its subtree's, a leader its
 * organizations'): upcoming activities first, soonest first, then past ones, latest first.
 */
export async function listMajorActivities({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listMajorActivitiesQuerySchema> }) {
  await authorize(ctx, 'majorActivity.read');
  if (input.jurisdictionCode) await authorize(ctx, 'majorActivity.read', { jurisdictionCode: input.jurisdictionCode });
  const now = new Date();
  const filters: (SQL | undefined)[] = [await organizationRecordsScope(ctx, majorActivityReports)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, majorActivityReports));
  if (input.state) filters.push(eq(majorActivityReports.state, input.state));
  if (input.late !== undefined) filters.push(eq(majorActivityReports.late, input.late));
  if (input.acknowledgerLevel) filters.push(eq(majorActivityReports.acknowledgerLevel, input.acknowledgerLevel));
  if (input.upcoming) filters.push(gte(majorActivityReports.startsAt, now));
  if (input.organizationId) filters.push(eq(majorActivityReports.organizationId, input.organizationId));
  if (input.q) filters.push(ilike(majorActivityReports.title, containsPattern(input.q)));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const upcomingFirst = sql`case when ${majorActivityReports.startsAt} >= ${now} then 0 else 1 end`;
  const soonest = sql`case when ${majorActivityReports.startsAt} >= ${now} then ${majorActivityReports.startsAt} end`;
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(majorActivityReports).where(where).orderBy(upcomingFirst, asc(soonest), desc(majorActivityReports.startsAt)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(majorActivityReports).where(where),
  ]);
  const names = await organizationRecordNames(ctx.db, rows);
  return { items: rows.map((r) => presentMajorActivity(r, names(r))), total, page: input.page, pageSize: input.pageSize };
}
