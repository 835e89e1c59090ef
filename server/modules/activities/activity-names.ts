import { and, inArray } from 'drizzle-orm';
import type { Lang } from '../../../common/i18n';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { allDictionaries } from '../dictionaries/dictionary-cache';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { users } from '../users/users.tables';
import { volunteerStations, volunteerTeams } from '../volunteers/volunteers.tables';
import type { Activity } from './find-activity';

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/**
 * The names activities are shown with: place and street, the host (station, team, organization, or
 * the publisher's own committee or street office) and the manager. Hosts and accounts may sit in
 * other districts than the activity, so they are read platform-wide, by id.
 */
export async function activityNames(db: Db, activities: Activity[]) {
  const ids = (type: Activity['hostType']) => [...new Set(activities.filter((a) => a.hostType === type && a.hostId).map((a) => a.hostId!))];
  const userIds = [...new Set(activities.flatMap((a) => [a.managerUserId, a.createdBy]))];
  const [stations, teams, orgs, people] = await Promise.all([
    ids('station').length ? db.select({ id: volunteerStations.id, name: volunteerStations.name }).from(volunteerStations)
      .where(and(inArray(volunteerStations.id, ids('station')), inScope(systemScope, volunteerStations))) : [],
    ids('team').length ? db.select({ id: volunteerTeams.id, name: volunteerTeams.name }).from(volunteerTeams)
      .where(and(inArray(volunteerTeams.id, ids('team')), inScope(systemScope, volunteerTeams))) : [],
    ids('organization').length ? db.select({ id: organizations.id, name: organizations.name }).from(organizations)
      .where(and(inArray(organizations.id, ids('organization')), inScope(systemScope, organizations))) : [],
    userIds.length ? db.select({ id: users.id, name: users.displayName, jurisdictionCode: users.jurisdictionCode }).from(users)
      .where(and(inArray(users.id, userIds), inScope(systemScope, users))) : [],
  ]);
  const accounts = byId(people);
  const hosts = byId([...stations, ...teams, ...orgs]);
  const places = await jurisdictionNames(db, activities.flatMap((a) => [
    a.jurisdictionCode, a.jurisdictionCode.slice(0, 9), accounts.get(a.createdBy)?.jurisdictionCode ?? '',
  ]));
  return {
    place: (a: Activity) => places.get(a.jurisdictionCode) ?? null,
    street: (a: Activity) => (a.jurisdictionCode.length === 12 ? places.get(a.jurisdictionCode.slice(0, 9)) ?? null : null),
    host: (a: Activity) => (a.hostId ? hosts.get(a.hostId)?.name : places.get(accounts.get(a.createdBy)?.jurisdictionCode ?? '')) ?? null,
    manager: (a: Activity) => accounts.get(a.managerUserId)?.name ?? null,
  };
}

export type DictionaryLabel = (type: string, code: string) => string;

/** Dictionary labels in the request's language, for answers read by people (the portal, exports). */
export async function dictionaryLabels(db: Db, lang: Lang): Promise<DictionaryLabel> {
  const dictionaries = await allDictionaries(db);
  return (type: string, code: string) => {
    const entry = dictionaries.find((d) => d.type === type)?.entries.find((e) => e.code === code);
    return entry ? (lang === 'en' ? entry.labelEn : entry.labelZh) : code;
  };
}
