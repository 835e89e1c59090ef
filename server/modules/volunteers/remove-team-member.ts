import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { findTeamInReach } from './find-unit';
import { removeMembership } from './team-membership';
import { presentTeams } from './unit-presenter';

/** A team's manager removes a member; 409 when the volunteer is not in the team. */
export async function removeTeamMember({ ctx, id, volunteerId }: { ctx: ActorCtx; id: string; volunteerId: string }) {
  await authorize(ctx, 'volunteerTeam.manage');
  const team = await findTeamInReach(ctx, id);
  await ctx.db.transaction(async (tx) => {
    await removeMembership(tx, ctx.actor, team, volunteerId);
    await recordAudit(tx, auditActor(ctx), { action: 'volunteerTeam.removeMember', targetType: 'volunteer_team', targetId: team.id, details: { volunteerId } });
  });
  const [view] = await presentTeams(ctx.db, [team]);
  return view;
}
