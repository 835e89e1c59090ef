import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import { teamMembers, volunteers, volunteerTeams } from './volunteers.tables';
import { teamsInReach } from './find-unit';

/**
 * The volunteers an actor reaches: staff, those whose home community lies in their subtree; an
 * organization leader, the members of its organizations' teams, wherever they live (the
 * membership is the scope, so the volunteers' own rows are read platform-wide).
 */
export function volunteersInReach(ctx: ActorCtx): SQL {
  if (ctx.actor.role !== 'org') return inScope(ctx.actor, volunteers);
  const members = ctx.db.select({ id: teamMembers.volunteerId }).from(teamMembers).where(and(
    inScope(ctx.actor, teamMembers),
    inArray(teamMembers.teamId, ctx.db.select({ id: volunteerTeams.id }).from(volunteerTeams).where(teamsInReach(ctx))),
  ));
  return and(inScope(systemScope, volunteers), inArray(volunteers.id, members))!;
}

/** A volunteer the actor reaches (see `volunteersInReach`), or 404. */
export async function findVolunteerInScope(ctx: ActorCtx, id: string) {
  const [volunteer] = await ctx.db.select().from(volunteers).where(and(eq(volunteers.id, id), volunteersInReach(ctx)));
  if (!volunteer) throw volunteerNotFound(ctx);
  return volunteer;
}

export const volunteerNotFound = (ctx: ActorCtx) => new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Volunteer' : '志愿者' });
