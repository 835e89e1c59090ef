import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { inScope, systemScope } from '../../platform/policy/policy';
import { volunteerStations, volunteerTeams } from './volunteers.tables';
import type { Station, Team } from './find-unit';

/**
 * The stations and teams the signed-in user runs (named as their manager). A volunteer who runs a
 * station publishes and manages its activities through this. The rows are found by manager, not
 * by the account's subtree: a volunteer of one community may run the street's station.
 */
export async function managedUnits(ctx: ActorCtx): Promise<{ stations: Station[]; teams: Team[] }> {
  const [stations, teams] = await Promise.all([
    ctx.db.select().from(volunteerStations)
      .where(and(eq(volunteerStations.managerUserId, ctx.actor.userId), inScope(systemScope, volunteerStations))).orderBy(volunteerStations.name),
    ctx.db.select().from(volunteerTeams)
      .where(and(eq(volunteerTeams.managerUserId, ctx.actor.userId), inScope(systemScope, volunteerTeams))).orderBy(volunteerTeams.name),
  ]);
  return { stations, teams };
}
