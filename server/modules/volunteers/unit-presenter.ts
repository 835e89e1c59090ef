import { and, count, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { userDisplayNames } from '../users/user-names';
import { teamMembers, volunteerStations, volunteerTeams } from './volunteers.tables';
import type { Station, Team } from './find-unit';

const ids = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

/*
 * The look-ups below follow ids from rows the reader already reaches (a team's station, organization,
 * manager and members), so they read platform-wide: a manager may be a volunteer of another
 * community, and a volunteer sees the teams open to it above its own node.
 */

/** Stations with their place, manager's name and number of teams. */
export async function presentStations(db: Db, stations: Station[]) {
  const stationIds = stations.map((s) => s.id);
  const [places, managers, teams] = await Promise.all([
    jurisdictionNames(db, stations.map((s) => s.jurisdictionCode)),
    userDisplayNames(db, ids(stations.map((s) => s.managerUserId))),
    stationIds.length
      ? db.select({ stationId: volunteerTeams.stationId, n: count() }).from(volunteerTeams)
        .where(and(inArray(volunteerTeams.stationId, stationIds), inScope(systemScope, volunteerTeams))).groupBy(volunteerTeams.stationId)
      : Promise.resolve([]),
  ]);
  return stations.map((s) => ({
    id: s.id, name: s.name, jurisdictionCode: s.jurisdictionCode, placeName: places.get(s.jurisdictionCode) ?? null, address: s.address,
    managerUserId: s.managerUserId, managerName: s.managerUserId ? managers.get(s.managerUserId) ?? null : null,
    teamCount: teams.find((t) => t.stationId === s.id)?.n ?? 0, createdAt: s.createdAt.toISOString(),
  }));
}

/** Teams with their place, owner (station or organization), manager's name and number of members. */
export async function presentTeams(db: Db, teams: Team[]) {
  const teamIds = teams.map((t) => t.id);
  const stationIds = ids(teams.map((t) => t.stationId));
  const organizationIds = ids(teams.map((t) => t.organizationId));
  const [places, managers, stations, owners, members] = await Promise.all([
    jurisdictionNames(db, teams.map((t) => t.jurisdictionCode)),
    userDisplayNames(db, ids(teams.map((t) => t.managerUserId))),
    stationIds.length
      ? db.select({ id: volunteerStations.id, name: volunteerStations.name }).from(volunteerStations)
        .where(and(inArray(volunteerStations.id, stationIds), inScope(systemScope, volunteerStations)))
      : Promise.resolve([]),
    organizationIds.length
      ? db.select({ id: organizations.id, name: organizations.name }).from(organizations)
        .where(and(inArray(organizations.id, organizationIds), inScope(systemScope, organizations)))
      : Promise.resolve([]),
    teamIds.length
      ? db.select({ teamId: teamMembers.teamId, n: count() }).from(teamMembers)
        .where(and(inArray(teamMembers.teamId, teamIds), inScope(systemScope, teamMembers))).groupBy(teamMembers.teamId)
      : Promise.resolve([]),
  ]);
  return teams.map((t) => ({
    id: t.id, name: t.name, jurisdictionCode: t.jurisdictionCode, placeName: places.get(t.jurisdictionCode) ?? null,
    stationId: t.stationId, stationName: stations.find((s) => s.id === t.stationId)?.name ?? null,
    organizationId: t.organizationId, organizationName: owners.find((o) => o.id === t.organizationId)?.name ?? null,
    managerUserId: t.managerUserId, managerName: t.managerUserId ? managers.get(t.managerUserId) ?? null : null,
    memberCount: members.find((m) => m.teamId === t.id)?.n ?? 0, createdAt: t.createdAt.toISOString(),
  }));
}
export type TeamView = Awaited<ReturnType<typeof presentTeams>>[number];
