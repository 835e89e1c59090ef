import { and, desc, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { findOwnVolunteer } from '../volunteers/own-volunteer';
import { volunteerCreditRecords } from './service-records.tables';
import { recordNames } from './record-names';
import { presentCreditRecord } from './credit-record-presenter';
import { standingNoShows } from './credit-restriction';

/**
 * 我的诚信记载: the signed-in volunteer's records, newest first, and whether sign-up is restricted
 * (until when, and the no-shows that count against the limit). The volunteer's own rows.
 */
export async function myCreditRecords({ ctx }: { ctx: ActorCtx }) {
  await authorize(ctx, 'volunteer.self');
  const volunteer = await findOwnVolunteer(ctx);
  const now = new Date();
  const [rows, noShows] = await Promise.all([
    ctx.db.select().from(volunteerCreditRecords).where(and(
      eq(volunteerCreditRecords.districtCode, volunteer.districtCode), eq(volunteerCreditRecords.volunteerId, volunteer.id),
      inScope(systemScope, volunteerCreditRecords),
    )).orderBy(desc(volunteerCreditRecords.createdAt), desc(volunteerCreditRecords.id)),
    standingNoShows(ctx.db, ctx.services, volunteer, now),
  ]);
  const names = await recordNames(ctx.db, rows);
  const restrictedUntil = volunteer.signupRestrictedUntil && volunteer.signupRestrictedUntil > now ? volunteer.signupRestrictedUntil.toISOString() : null;
  return {
    items: rows.map((r) => presentCreditRecord(r, { volunteerName: volunteer.name, placeName: names.placeName(r.jurisdictionCode) })),
    restriction: { restrictedUntil, noShows: noShows.count, noShowLimit: noShows.limit },
  };
}
