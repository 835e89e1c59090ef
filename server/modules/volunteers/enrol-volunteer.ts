import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { ValidationError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { insertVolunteer } from './insert-volunteer';
import { findVolunteerFactErrors } from './volunteer-facts';
import { enrolmentTeam } from './enrolment-team';
import { teamOpenTo } from './find-unit';
import { addMembership } from './team-membership';
import { presentVolunteer } from './volunteer-presenter';
import type { enrolVolunteerBodySchema } from './volunteers.schemas';

/**
 * A committee or an organization enrols a volunteer who signed the consent on paper (no portal
 * account): a resident of the actor's subtree, and of the team's area when it joins a team.
 */
export async function enrolVolunteer({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof enrolVolunteerBodySchema> }) {
  await authorize(ctx, 'volunteer.enrol', { jurisdictionCode: input.jurisdictionCode });
  const { team, source } = await enrolmentTeam(ctx, input.teamId);
  const errors = await findVolunteerFactErrors(ctx.db, input);
  if (team && !teamOpenTo(team, input)) errors.push({ path: 'jurisdictionCode', key: 'volunteerTeamNotOpen' });
  if (errors.length) throw new ValidationError('validation', {}, errors);
  const volunteer = await ctx.db.transaction(async (tx) => {
    const created = await insertVolunteer(tx, ctx.services.fieldKeys, { ...input, source, enrolledBy: ctx.actor.userId });
    if (team) await addMembership(tx, team, created);
    await recordAudit(tx, auditActor(ctx), {
      action: 'volunteer.enrol', targetType: 'volunteer', targetId: created.id, details: { source, teamId: team?.id, consentOnPaper: true },
    });
    return created;
  });
  return presentVolunteer(ctx.db, ctx.services.fieldKeys, volunteer);
}
