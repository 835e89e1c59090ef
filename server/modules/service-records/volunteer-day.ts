import { and, eq, sum } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { volunteers } from '../volunteers/volunteers.tables';
import { serviceRecords } from './service-records.tables';

/**
 * The volunteer's row, locked until the transaction ends, so two confirmations or corrections for
 * the same volunteer queue and the daily cap holds. The volunteer may live outside the actor's
 * subtree: found by the district and id the sign-up or record carries.
 */
export async function lockVolunteer(tx: Db, ref: { districtCode: string; id: string }) {
  const [volunteer] = await tx.select().from(volunteers)
    .where(and(eq(volunteers.districtCode, ref.districtCode), eq(volunteers.id, ref.id), inScope(systemScope, volunteers)))
    .for('update');
  if (!volunteer) throw new Error(`volunteer ${ref.id} of a sign-up or record is missing`);
  return volunteer;
}

/** Minutes already recorded for the volunteer on a date, net of reversals, wherever the service was. */
export async function minutesOnDate(tx: Db, volunteerId: string, serviceDate: string): Promise<number> {
  const [{ total }] = await tx.select({ total: sum(serviceRecords.minutes).mapWith(Number) }).from(serviceRecords).where(and(
    eq(serviceRecords.volunteerId, volunteerId), eq(serviceRecords.serviceDate, serviceDate), inScope(systemScope, serviceRecords),
  ));
  return total ?? 0;
}
