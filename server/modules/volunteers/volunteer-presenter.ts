import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import type { FieldKeys } from '../../platform/crypto/sm';
import { maskedField } from '../../platform/crypto/masked-field';
import { maskIdNumber, maskPhone } from '../../platform/crypto/mask';
import { inScope, systemScope } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { teamMembers, volunteers, volunteerTeams } from './volunteers.tables';

type Volunteer = typeof volunteers.$inferSelect;
type TeamRef = { id: string; name: string; jurisdictionCode: string };

/**
 * The teams of volunteers the reader already reaches, all of them: a committee sees that its
 * resident serves in the street's team, whose node lies above the committee's subtree.
 */
async function teamsOf(db: Db, volunteerIds: string[]): Promise<Map<string, TeamRef[]>> {
  if (!volunteerIds.length) return new Map();
  const rows = await db.select({ volunteerId: teamMembers.volunteerId, id: volunteerTeams.id, name: volunteerTeams.name, jurisdictionCode: volunteerTeams.jurisdictionCode })
    .from(teamMembers)
    .innerJoin(volunteerTeams, and(eq(volunteerTeams.districtCode, teamMembers.districtCode), eq(volunteerTeams.id, teamMembers.teamId), inScope(systemScope, volunteerTeams)))
    .where(and(inArray(teamMembers.volunteerId, volunteerIds), inScope(systemScope, teamMembers)))
    .orderBy(volunteerTeams.name);
  const byVolunteer = new Map<string, TeamRef[]>();
  for (const { volunteerId, ...team } of rows) byVolunteer.set(volunteerId, [...(byVolunteer.get(volunteerId) ?? []), team]);
  return byVolunteer;
}

/** Volunteers as staff and the volunteer see them: ID and mobile numbers masked, place names, teams. */
export async function presentVolunteers(db: Db, keys: FieldKeys, rows: Volunteer[]) {
  const [teams, places] = await Promise.all([
    teamsOf(db, rows.map((v) => v.id)),
    jurisdictionNames(db, rows.flatMap((v) => [v.jurisdictionCode, v.jurisdictionCode.slice(0, 9)])),
  ]);
  const teamPlaces = await jurisdictionNames(db, [...teams.values()].flat().map((t) => t.jurisdictionCode));
  return rows.map((v) => ({
    id: v.id, name: v.name, gender: v.gender,
    idNumberMasked: maskedField(keys, v.idNumberEnc, maskIdNumber)!, phoneMasked: maskedField(keys, v.phoneEnc, maskPhone)!,
    jurisdictionCode: v.jurisdictionCode, communityName: places.get(v.jurisdictionCode) ?? null, streetName: places.get(v.jurisdictionCode.slice(0, 9)) ?? null,
    skills: v.skills, interests: v.interests, availability: v.availability, source: v.source, status: v.status,
    userId: v.userId, consentVersion: v.consentVersion, consentedAt: v.consentedAt.toISOString(),
    signupRestrictedUntil: v.signupRestrictedUntil && v.signupRestrictedUntil > new Date() ? v.signupRestrictedUntil.toISOString() : null,
    createdAt: v.createdAt.toISOString(),
    teams: (teams.get(v.id) ?? []).map((t) => ({ ...t, placeName: teamPlaces.get(t.jurisdictionCode) ?? null })),
  }));
}
export type VolunteerView = Awaited<ReturnType<typeof presentVolunteers>>[number];

export async function presentVolunteer(db: Db, keys: FieldKeys, row: Volunteer): Promise<VolunteerView> {
  const [view] = await presentVolunteers(db, keys, [row]);
  return view;
}
