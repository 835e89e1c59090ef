import { and, count, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { pageWindow } from '../../platform/http/list';
import { volunteerActivities } from '../activities/activities.tables';
import { findOwnVolunteer } from '../volunteers/own-volunteer';
import { serviceRecords } from './service-records.tables';
import { reversalJoin, reversals } from './record-filters';
import { recordNames } from './record-names';
import { presentServiceRecord } from './service-record-presenter';
import { volunteerTotals } from './standing-records';
import type { pageQuerySchema } from './service-records.schemas';

/**
 * 我的服务记录: every record of the signed-in volunteer, wherever they served (corrections shown
 * beside what they correct), with the standing totals. The volunteer's own rows, across the tree.
 */
export async function myServiceRecords({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof pageQuerySchema> }) {
  await authorize(ctx, 'volunteer.self');
  const volunteer = await findOwnVolunteer(ctx);
  const where = and(eq(serviceRecords.volunteerId, volunteer.id), inScope(systemScope, serviceRecords));
  const { limit, offset } = pageWindow({ ...input, format: 'json' });
  const [rows, [{ total }], totals] = await Promise.all([
    ctx.db.select({ record: serviceRecords, activityTitle: volunteerActivities.title, reversalId: reversals.id }).from(serviceRecords)
      .leftJoin(volunteerActivities, and(
        eq(volunteerActivities.districtCode, serviceRecords.districtCode), eq(volunteerActivities.id, serviceRecords.activityId),
        inScope(systemScope, volunteerActivities),
      ))
      .leftJoin(reversals, reversalJoin())
      .where(where).orderBy(desc(serviceRecords.serviceDate), desc(serviceRecords.createdAt), desc(serviceRecords.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(serviceRecords).where(where),
    volunteerTotals(ctx.db, volunteer.id),
  ]);
  const names = await recordNames(ctx.db, rows.map((r) => r.record));
  return {
    items: rows.map(({ record, activityTitle, reversalId }) => presentServiceRecord(record, names, { volunteerName: volunteer.name, activityTitle, reversalId })),
    total, page: input.page, pageSize: input.pageSize, totals,
  };
}
