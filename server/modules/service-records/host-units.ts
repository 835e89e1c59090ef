import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { volunteerTeams } from '../volunteers/volunteers.tables';
import type { Activity } from '../activities/find-activity';

/** The station, team and organization a record of the activity counts towards, from its host. */
export async function hostUnits(db: Db, activity: Pick<Activity, 'hostType' | 'hostId'>) {
  const none = { stationId: null as string | null, teamId: null as string | null, organizationId: null as string | null };
  if (!activity.hostId) return none;
  if (activity.hostType === 'station') return { ...none, stationId: activity.hostId };
  if (activity.hostType === 'organization') return { ...none, organizationId: activity.hostId };
  if (activity.hostType !== 'team') return none;
  // A team may sit above the activity's place (a street's team serving a community): found by id.
  const [team] = await db.select({ stationId: volunteerTeams.stationId, organizationId: volunteerTeams.organizationId })
    .from(volunteerTeams).where(and(eq(volunteerTeams.id, activity.hostId), inScope(systemScope, volunteerTeams)));
  return { teamId: activity.hostId, stationId: team?.stationId ?? null, organizationId: team?.organizationId ?? null };
}
