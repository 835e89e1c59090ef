import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { findTeamForVolunteer } from './find-unit';
import { findOwnVolunteer } from './own-volunteer';
import { removeMembership } from './team-membership';
import { getOwnVolunteer } from './get-own-volunteer';

/** A volunteer leaves a team; 409 when they are not in it. */
export async function leaveTeam({ ctx, teamId }: { ctx: ActorCtx; teamId: string }) {
  await authorize(ctx, 'volunteer.self');
  const volunteer = await findOwnVolunteer(ctx);
  const team = await findTeamForVolunteer(ctx, teamId);
  await ctx.db.transaction(async (tx) => {
    // The volunteer's own membership row.
    await removeMembership(tx, systemScope, team, volunteer.id);
    await recordAudit(tx, auditActor(ctx), { action: 'volunteerTeam.leave', targetType: 'volunteer_team', targetId: team.id, details: { volunteerId: volunteer.id } });
  });
  return getOwnVolunteer({ ctx });
}
