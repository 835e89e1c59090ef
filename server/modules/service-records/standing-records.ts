import { and, asc, count, eq, isNull, lte, max, min, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { volunteerActivities } from '../activities/activities.tables';
import { serviceRecords } from './service-records.tables';
import { reversalJoin, reversals } from './record-filters';
import { hoursOf } from './service-minutes';

/**
 * A volunteer's standing records as of a moment (now, when none is given): service rows confirmed
 * by then and not reversed by then. A certificate states them as of its issue; later corrections
 * do not change a printed paper. The volunteer's own rows, wherever the service took place.
 */
function standingAsOf(volunteerId: string, asOf?: Date) {
  const reversedBy = reversalJoin(asOf);
  const where = and(
    eq(serviceRecords.volunteerId, volunteerId), eq(serviceRecords.kind, 'service'), isNull(reversals.id),
    asOf ? lte(serviceRecords.createdAt, asOf) : undefined, inScope(systemScope, serviceRecords),
  );
  return { reversedBy, where };
}

export type ServiceTotals = { minutes: number; hours: number; records: number; firstServiceDate: string | null; lastServiceDate: string | null };

/** Minutes, records and the first and last service dates of the standing records. */
export async function volunteerTotals(db: Db, volunteerId: string, asOf?: Date): Promise<ServiceTotals> {
  const { reversedBy, where } = standingAsOf(volunteerId, asOf);
  const [row] = await db.select({
    minutes: sql<number>`coalesce(sum(${serviceRecords.minutes}), 0)`.mapWith(Number), records: count(),
    firstServiceDate: min(serviceRecords.serviceDate), lastServiceDate: max(serviceRecords.serviceDate),
  }).from(serviceRecords).leftJoin(reversals, reversedBy).where(where);
  return { ...row, hours: hoursOf(row.minutes) };
}

/** The standing records themselves, oldest first, with their activity's title: the table of a certificate. */
export async function standingRecords(db: Db, volunteerId: string, asOf?: Date) {
  const { reversedBy, where } = standingAsOf(volunteerId, asOf);
  return db.select({ record: serviceRecords, activityTitle: volunteerActivities.title }).from(serviceRecords)
    .leftJoin(reversals, reversedBy)
    .leftJoin(volunteerActivities, and(
      eq(volunteerActivities.districtCode, serviceRecords.districtCode), eq(volunteerActivities.id, serviceRecords.activityId),
      inScope(systemScope, volunteerActivities),
    ))
    .where(where).orderBy(asc(serviceRecords.serviceDate), asc(serviceRecords.createdAt));
}
