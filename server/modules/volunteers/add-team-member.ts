import { and, eq, or } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { ValidationError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { volunteers } from './volunteers.tables';
import { findTeamInReach, teamOpenTo } from './find-unit';
import { volunteerNotFound, volunteersInReach } from './find-volunteer';
import { addMembership } from './team-membership';
import { presentTeams } from './unit-presenter';

/**
 * A team's manager adds a volunteer living in the team's area: one of the actor's subtree, or (a
 * leader) a member of another of its teams.
 */
export async function addTeamMember({ ctx, id, volunteerId }: { ctx: ActorCtx; id: string; volunteerId: string }) {
  await authorize(ctx, 'volunteerTeam.manage');
  const team = await findTeamInReach(ctx, id);
  const [volunteer] = await ctx.db.select().from(volunteers)
    .where(and(eq(volunteers.id, volunteerId), or(inScope(ctx.actor, volunteers), volunteersInReach(ctx))));
  if (!volunteer) throw volunteerNotFound(ctx);
  if (!teamOpenTo(team, volunteer)) throw new ValidationError('validation', {}, [{ path: 'volunteerId', key: 'volunteerTeamNotOpen' }]);
  await ctx.db.transaction(async (tx) => {
    await addMembership(tx, team, volunteer);
    await recordAudit(tx, auditActor(ctx), { action: 'volunteerTeam.addMember', targetType: 'volunteer_team', targetId: team.id, details: { volunteerId } });
  });
  const [view] = await presentTeams(ctx.db, [team]);
  return view;
}
