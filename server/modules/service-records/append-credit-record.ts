import type { Db } from '../../platform/db/database';
import type { Services } from '../../platform/context';
import { volunteerCreditRecords, type CreditRecordKind } from './service-records.tables';
import { setSignupRestriction, standingNoShows, type VolunteerRef } from './credit-restriction';
import { lockVolunteer } from './volunteer-day';

/**
 * Writes a credit record (诚信记载) inside the caller's transaction. A no-show that brings the
 * volunteer's no-shows within the window (withdrawn ones not counted) to the limit restricts
 * sign-up for the restriction period. Returns the record and the restriction, if one began.
 */
export async function appendCreditRecord(tx: Db, services: Services, input: {
  volunteer: VolunteerRef; kind: CreditRecordKind; reason: string; recordedBy: string; activity?: { id: string; title: string } | null; now?: Date;
}) {
  const now = input.now ?? new Date();
  const [record] = await tx.insert(volunteerCreditRecords).values({
    districtCode: input.volunteer.districtCode, jurisdictionCode: input.volunteer.jurisdictionCode, volunteerId: input.volunteer.id,
    kind: input.kind, activityId: input.activity?.id ?? null, activityTitle: input.activity?.title ?? null, reason: input.reason, recordedBy: input.recordedBy,
  }).returning();
  if (input.kind !== 'no_show') return { record, restrictedUntil: null };
  // Two no-shows of one volunteer recorded at once queue here, so neither misses the other in the count.
  await lockVolunteer(tx, input.volunteer);
  const noShows = await standingNoShows(tx, services, input.volunteer, now);
  if (noShows.count < noShows.limit) return { record, restrictedUntil: null };
  const restrictedUntil = new Date(now.getTime() + (await services.settings.get('credit.restrictionDays')) * 86_400_000);
  await setSignupRestriction(tx, input.volunteer, restrictedUntil, now);
  return { record, restrictedUntil };
}
