import { and, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { volunteers, volunteerStations, volunteerTeams } from '../volunteers/volunteers.tables';

type Named = { jurisdictionCode?: string | null; stationId?: string | null; teamId?: string | null; organizationId?: string | null };

const ids = (rows: Named[], key: 'stationId' | 'teamId' | 'organizationId') =>
  [...new Set(rows.map((r) => r[key]).filter((v): v is string => Boolean(v)))];

const byId = async <T extends { id: string; name: string }>(list: string[], load: (list: string[]) => Promise<T[]>) =>
  new Map((list.length ? await load(list) : []).map((r) => [r.id, r.name]));

/**
 * The names records show: the place (with its street) and the hosting station, team and
 * organization. A host may sit outside the reader's subtree (a street's team serving a community),
 * so hosts are looked up by id across the tree; only names leave here.
 */
export async function recordNames(db: Db, rows: Named[]) {
  const places = rows.flatMap((r) => (r.jurisdictionCode ? [r.jurisdictionCode, r.jurisdictionCode.slice(0, 9)] : []));
  const [place, station, team, organization] = await Promise.all([
    jurisdictionNames(db, places),
    byId(ids(rows, 'stationId'), (list) => db.select({ id: volunteerStations.id, name: volunteerStations.name }).from(volunteerStations)
      .where(and(inArray(volunteerStations.id, list), inScope(systemScope, volunteerStations)))),
    byId(ids(rows, 'teamId'), (list) => db.select({ id: volunteerTeams.id, name: volunteerTeams.name }).from(volunteerTeams)
      .where(and(inArray(volunteerTeams.id, list), inScope(systemScope, volunteerTeams)))),
    byId(ids(rows, 'organizationId'), (list) => db.select({ id: organizations.id, name: organizations.name }).from(organizations)
      .where(and(inArray(organizations.id, list), inScope(systemScope, organizations)))),
  ]);
  /** 凤城街道高基里社区: the street and the community, as people name a place. */
  const placeName = (code: string) => {
    const street = code.length > 9 ? place.get(code.slice(0, 9)) ?? '' : '';
    return `${street}${place.get(code) ?? ''}` || null;
  };
  return { placeName, station, team, organization };
}

/** Volunteers' names by id, for totals per volunteer; a volunteer may live outside the reader's subtree. */
export function volunteerNames(db: Db, volunteerIds: string[]) {
  return byId([...new Set(volunteerIds)], (list) => db.select({ id: volunteers.id, name: volunteers.name }).from(volunteers)
    .where(and(inArray(volunteers.id, list), inScope(systemScope, volunteers))));
}
