import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope, inSubtree, systemScope } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { leaderOwnOrganizations } from '../filings/organization-case';
import { volunteerStations, volunteerTeams } from './volunteers.tables';

export type Team = typeof volunteerTeams.$inferSelect;
export type Station = typeof volunteerStations.$inferSelect;

/**
 * Who a team is for: volunteers whose home community lies under the team's node (a community's
 * team recruits its residents, a street's team the whole street). Joining, enrolling into and
 * adding to a team all keep to it.
 */
export function teamOpenTo(team: Pick<Team, 'jurisdictionCode'>, volunteer: { jurisdictionCode: string }): boolean {
  return inSubtree(team.jurisdictionCode, volunteer.jurisdictionCode);
}

/** The teams an actor reaches: in its subtree, and for an organization leader only its organizations' teams. */
export function teamsInReach(ctx: ActorCtx): SQL {
  const own = leaderOwnOrganizations(ctx);
  const leaderTeams = own && inArray(
    volunteerTeams.organizationId,
    ctx.db.select({ id: organizations.id }).from(organizations).where(and(own, inScope(ctx.actor, organizations))),
  );
  return and(inScope(ctx.actor, volunteerTeams), leaderTeams)!;
}

const notFound = (ctx: ActorCtx, zh: string, en: string) => new NotFoundError('notFound', { what: ctx.lang === 'en' ? en : zh });

/** A team the actor reaches, or 404. */
export async function findTeamInReach(ctx: ActorCtx, id: string): Promise<Team> {
  const [team] = await ctx.db.select().from(volunteerTeams).where(and(eq(volunteerTeams.id, id), teamsInReach(ctx)));
  if (!team) throw notFound(ctx, '志愿服务队', 'Volunteer team');
  return team;
}

/** A station inside the actor's subtree, or 404. */
export async function findStationInScope(ctx: ActorCtx, id: string): Promise<Station> {
  const [station] = await ctx.db.select().from(volunteerStations).where(and(eq(volunteerStations.id, id), inScope(ctx.actor, volunteerStations)));
  if (!station) throw notFound(ctx, '志愿服务站', 'Volunteer station');
  return station;
}

/**
 * A team a volunteer joins or leaves, by id. Teams open to a volunteer sit at its community or its
 * street, above the account's own node, so the team is read platform-wide; one not open to
 * `openTo` answers 404, as if absent.
 */
export async function findTeamForVolunteer(ctx: ActorCtx, id: string, openTo?: { jurisdictionCode: string }): Promise<Team> {
  const [team] = await ctx.db.select().from(volunteerTeams).where(and(eq(volunteerTeams.id, id), inScope(systemScope, volunteerTeams)));
  if (!team || (openTo && !teamOpenTo(team, openTo))) throw notFound(ctx, '志愿服务队', 'Volunteer team');
  return team;
}
