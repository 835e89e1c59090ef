import type { ActorCtx } from '../../platform/context';
import { ValidationError } from '../../platform/errors';
import type { EnrolmentSource } from './volunteers.tables';
import { findTeamInReach, type Team } from './find-unit';

/**
 * Where staff enrolment puts a volunteer: a committee enrols residents of its subtree, into one of
 * its teams if it names one; an organization enrols only into a team of its own.
 */
export async function enrolmentTeam(ctx: ActorCtx, teamId: string | undefined): Promise<{ team: Team | null; source: EnrolmentSource }> {
  if (ctx.actor.role === 'org' && !teamId) throw new ValidationError('validation', {}, [{ path: 'teamId', key: 'volunteerTeamRequired' }]);
  const team = teamId ? await findTeamInReach(ctx, teamId) : null;
  return { team, source: ctx.actor.role === 'org' ? 'organization' : 'committee' };
}
