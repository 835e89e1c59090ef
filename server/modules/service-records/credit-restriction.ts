import { and, count, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import type { Services } from '../../platform/context';
import { inScope, systemScope } from '../../platform/policy/policy';
import { volunteers } from '../volunteers/volunteers.tables';
import { volunteerCreditRecords } from './service-records.tables';

export type VolunteerRef = { id: string; districtCode: string; jurisdictionCode: string };

/**
 * The volunteer's no-shows that count within the window (a withdrawn one does not) and the limit
 * at which sign-up is restricted. The volunteer's own rows, read by the platform's scope.
 */
export async function standingNoShows(db: Db, services: Services, volunteer: VolunteerRef, now: Date) {
  const [limit, windowDays] = await Promise.all([services.settings.get('credit.noShowLimit'), services.settings.get('credit.noShowWindowDays')]);
  const [{ n }] = await db.select({ n: count() }).from(volunteerCreditRecords).where(and(
    eq(volunteerCreditRecords.districtCode, volunteer.districtCode), eq(volunteerCreditRecords.volunteerId, volunteer.id),
    eq(volunteerCreditRecords.kind, 'no_show'), inArray(volunteerCreditRecords.status, ['standing', 'contested', 'upheld']),
    gte(volunteerCreditRecords.createdAt, sql`${new Date(now.getTime() - windowDays * 86_400_000).toISOString()}::timestamptz`),
    inScope(systemScope, volunteerCreditRecords),
  ));
  return { count: n, limit };
}

/**
 * Sets or lifts the sign-up restriction. The volunteer may live in another district than the
 * activity or the staff deciding: written by the platform's scope.
 */
export async function setSignupRestriction(tx: Db, volunteer: VolunteerRef, until: Date | null, now: Date) {
  await tx.update(volunteers).set({ signupRestrictedUntil: until, updatedAt: now })
    .where(and(eq(volunteers.districtCode, volunteer.districtCode), eq(volunteers.id, volunteer.id), inScope(systemScope, volunteers)));
}
