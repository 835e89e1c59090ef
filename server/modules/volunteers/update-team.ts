import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { ConflictError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { volunteerTeams } from './volunteers.tables';
import { findTeamInReach } from './find-unit';
import { checkManager } from './unit-rules';
import { presentTeams } from './unit-presenter';
import type { updateTeamBodySchema } from './volunteers.schemas';

/** Renames a team or changes its manager; a leader only for its organizations' teams. */
export async function updateTeam({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof updateTeamBodySchema> }) {
  await authorize(ctx, 'volunteerTeam.manage');
  const team = await findTeamInReach(ctx, id);
  await checkManager(ctx, team.jurisdictionCode, input.managerUserId);
  if (!Object.keys(input).length) return (await presentTeams(ctx.db, [team]))[0];
  const here = and(eq(volunteerTeams.districtCode, team.districtCode), inScope(ctx.actor, volunteerTeams));
  const updated = await ctx.db.transaction(async (tx) => {
    if (input.name) {
      const [namesake] = await tx.select({ id: volunteerTeams.id }).from(volunteerTeams)
        .where(and(here, eq(volunteerTeams.jurisdictionCode, team.jurisdictionCode), eq(volunteerTeams.name, input.name), ne(volunteerTeams.id, team.id)));
      if (namesake) throw new ConflictError('volunteerTeamNameTaken', {}, [{ path: 'name', key: 'volunteerTeamNameTaken' }]);
    }
    const [row] = await tx.update(volunteerTeams).set(input).where(and(here, eq(volunteerTeams.id, team.id))).returning();
    await recordAudit(tx, auditActor(ctx), { action: 'volunteerTeam.update', targetType: 'volunteer_team', targetId: team.id, details: { changed: Object.keys(input) } });
    return row;
  });
  const [view] = await presentTeams(ctx.db, [updated]);
  return view;
}
