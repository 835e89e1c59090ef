import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { districtCodeOf } from '../../platform/db/columns';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { organizations } from '../organizations/organizations.tables';
import { actsForOrganization } from '../filings/organization-case';
import { volunteerTeams } from './volunteers.tables';
import { findStationInScope } from './find-unit';
import { checkManager, checkUnitPlace } from './unit-rules';
import { presentTeams } from './unit-presenter';
import type { createTeamBodySchema } from './volunteers.schemas';

type Input = z.infer<typeof createTeamBodySchema>;

/** The team's owner and node: its organization's, its station's, or the place the staff names (their own node by default). */
async function teamOwner(ctx: ActorCtx, input: Input): Promise<{ jurisdictionCode: string; stationId: string | null; organizationId: string | null }> {
  if (input.stationId && input.organizationId) throw new ValidationError('validation', {}, [{ path: 'organizationId', key: 'volunteerTeamOwnerTwice' }]);
  if (ctx.actor.role === 'org' && !input.organizationId) throw new ValidationError('validation', {}, [{ path: 'organizationId', key: 'volunteerTeamOrganizationRequired' }]);
  if (input.organizationId) {
    const [organization] = await ctx.db.select().from(organizations).where(and(eq(organizations.id, input.organizationId), inScope(ctx.actor, organizations)));
    if (!organization || !actsForOrganization(ctx, organization)) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Organization' : '组织' });
    if (organization.status !== 'active') throw new ValidationError('validation', {}, [{ path: 'organizationId', key: 'volunteerTeamOrganizationInactive' }]);
    return { jurisdictionCode: organization.jurisdictionCode, stationId: null, organizationId: organization.id };
  }
  if (input.stationId) {
    const station = await findStationInScope(ctx, input.stationId);
    return { jurisdictionCode: station.jurisdictionCode, stationId: station.id, organizationId: null };
  }
  const jurisdictionCode = input.jurisdictionCode ?? ctx.actor.jurisdictionCode;
  await authorize(ctx, 'volunteerTeam.manage', { jurisdictionCode });
  return { jurisdictionCode, stationId: null, organizationId: null };
}

/** 志愿服务队: an organization's (its leader or staff), a station's, or the committee's or street's own. */
export async function createTeam({ ctx, input }: { ctx: ActorCtx; input: Input }) {
  await authorize(ctx, 'volunteerTeam.manage');
  const owner = await teamOwner(ctx, input);
  await checkUnitPlace(ctx, owner.jurisdictionCode);
  await checkManager(ctx, owner.jurisdictionCode, input.managerUserId);
  const team = await ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(volunteerTeams).values({
      districtCode: districtCodeOf(owner.jurisdictionCode), ...owner, name: input.name, managerUserId: input.managerUserId ?? null, createdBy: ctx.actor.userId,
    }).onConflictDoNothing().returning();
    // One team of a name per place (unique index): a second inserts nothing.
    if (!created) throw new ConflictError('volunteerTeamNameTaken', {}, [{ path: 'name', key: 'volunteerTeamNameTaken' }]);
    await recordAudit(tx, auditActor(ctx), {
      action: 'volunteerTeam.create', targetType: 'volunteer_team', targetId: created.id, details: { name: created.name, ...owner, managerUserId: created.managerUserId },
    });
    return created;
  });
  const [view] = await presentTeams(ctx.db, [team]);
  return view;
}
