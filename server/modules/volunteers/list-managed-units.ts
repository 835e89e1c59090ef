import type { ActorCtx } from '../../platform/context';
import { managedUnits } from './managed-units';
import { presentStations, presentTeams } from './unit-presenter';

/** 我管理的: the stations and teams the signed-in user runs; any account may ask about its own. */
export async function listManagedUnits({ ctx }: { ctx: ActorCtx }) {
  const { stations, teams } = await managedUnits(ctx);
  const [stationViews, teamViews] = await Promise.all([presentStations(ctx.db, stations), presentTeams(ctx.db, teams)]);
  return { stations: stationViews, teams: teamViews };
}
