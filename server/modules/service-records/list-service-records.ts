import { and, count, desc, eq, ilike, or } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { volunteerActivities } from '../activities/activities.tables';
import { volunteers } from '../volunteers/volunteers.tables';
import { serviceRecords } from './service-records.tables';
import { readableRecords, reversalJoin, reversals } from './record-filters';
import { recordNames } from './record-names';
import { presentServiceRecord } from './service-record-presenter';
import type { ServiceRecordFilters } from './service-records.schemas';

/** 服务记录: records served in the actor's subtree, latest service first, by volunteer, unit, place, period and type. */
export async function listServiceRecords({ ctx, input }: { ctx: ActorCtx; input: ServiceRecordFilters }) {
  await authorize(ctx, 'serviceRecord.read');
  const filters = await readableRecords(ctx, input);
  if (input.q) filters.push(or(ilike(volunteers.name, containsPattern(input.q)), ilike(volunteerActivities.title, containsPattern(input.q)))!);
  const where = and(...filters);
  // The volunteer may live outside the reader's subtree; only the name is read.
  const volunteerJoin = and(eq(volunteers.districtCode, serviceRecords.volunteerDistrictCode), eq(volunteers.id, serviceRecords.volunteerId), inScope(systemScope, volunteers));
  const activityJoin = and(eq(volunteerActivities.districtCode, serviceRecords.districtCode), eq(volunteerActivities.id, serviceRecords.activityId), inScope(ctx.actor, volunteerActivities));
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ record: serviceRecords, volunteerName: volunteers.name, activityTitle: volunteerActivities.title, reversalId: reversals.id })
      .from(serviceRecords).leftJoin(volunteers, volunteerJoin).leftJoin(volunteerActivities, activityJoin).leftJoin(reversals, reversalJoin())
      .where(where).orderBy(desc(serviceRecords.serviceDate), desc(serviceRecords.createdAt), desc(serviceRecords.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(serviceRecords).leftJoin(volunteers, volunteerJoin).leftJoin(volunteerActivities, activityJoin)
      .where(where),
  ]);
  const names = await recordNames(ctx.db, rows.map((r) => r.record));
  return {
    items: rows.map(({ record, ...extra }) => presentServiceRecord(record, names, extra)),
    total, page: input.page, pageSize: input.pageSize,
  };
}
