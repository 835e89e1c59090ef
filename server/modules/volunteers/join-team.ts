import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { findOwnVolunteer } from './own-volunteer';
import { findTeamForVolunteer } from './find-unit';
import { addMembership } from './team-membership';
import { getOwnVolunteer } from './get-own-volunteer';

/** A volunteer joins a team open to their home community; a team not open to them answers 404, as if absent. */
export async function joinTeam({ ctx, teamId }: { ctx: ActorCtx; teamId: string }) {
  await authorize(ctx, 'volunteer.self');
  const volunteer = await findOwnVolunteer(ctx);
  const team = await findTeamForVolunteer(ctx, teamId, volunteer);
  await ctx.db.transaction(async (tx) => {
    await addMembership(tx, team, volunteer);
    await recordAudit(tx, auditActor(ctx), { action: 'volunteerTeam.join', targetType: 'volunteer_team', targetId: team.id, details: { volunteerId: volunteer.id } });
  });
  return getOwnVolunteer({ ctx });
}
