import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { ConflictError } from '../../platform/errors';
import { inScope, type Scope } from '../../platform/policy/policy';
import { teamMembers } from './volunteers.tables';
import type { Team } from './find-unit';

/** Adds a volunteer to a team (the row lives in the team's district), or 409 when already a member. */
export async function addMembership(tx: Db, team: Team, volunteer: { id: string; districtCode: string }): Promise<void> {
  const [added] = await tx.insert(teamMembers).values({
    districtCode: team.districtCode, teamId: team.id, volunteerId: volunteer.id, volunteerDistrictCode: volunteer.districtCode,
    jurisdictionCode: team.jurisdictionCode,
  }).onConflictDoNothing().returning({ teamId: teamMembers.teamId });
  if (!added) throw new ConflictError('volunteerTeamAlreadyMember', {}, [{ path: 'volunteerId', key: 'volunteerTeamAlreadyMember' }]);
}

/** Ends a membership, or 409 when the volunteer is not a member; `scope` is whose rows the caller may touch. */
export async function removeMembership(tx: Db, scope: Scope, team: Team, volunteerId: string): Promise<void> {
  const removed = await tx.delete(teamMembers).where(and(
    eq(teamMembers.districtCode, team.districtCode), eq(teamMembers.teamId, team.id), eq(teamMembers.volunteerId, volunteerId), inScope(scope, teamMembers),
  )).returning({ teamId: teamMembers.teamId });
  if (!removed.length) throw new ConflictError('volunteerTeamNotMember');
}
