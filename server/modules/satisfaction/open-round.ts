import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { shanghaiDate } from '../../platform/dates';
import { ValidationError, type FieldError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { organizations } from '../organizations/organizations.tables';
import { satisfactionRoundOrganizations, satisfactionRounds } from './satisfaction.tables';
import { getRound } from './get-round';
import type { openSatisfactionRoundBodySchema } from './satisfaction.schemas';

/**
 * A committee (its community) or a street (its street) opens a round for the active organizations of
 * its area (filed, registered or community-guided; all of them unless it picks some). The weights in
 * force are copied onto the round, so a later change of the setting does not alter its results.
 */
export async function openRound({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof openSatisfactionRoundBodySchema> }) {
  await authorize(ctx, 'satisfaction.manage');
  const errors: FieldError[] = [];
  if (input.closesOn < input.opensOn) errors.push({ path: 'closesOn', key: 'satisfactionClosesBeforeOpens' });
  else if (input.closesOn < shanghaiDate(new Date())) errors.push({ path: 'closesOn', key: 'satisfactionClosesInPast' });
  if (errors.length) throw new ValidationError('validation', {}, errors);

  const eligible = await ctx.db.select({ id: organizations.id, jurisdictionCode: organizations.jurisdictionCode }).from(organizations).where(and(
    eq(organizations.status, 'active'), inScope(ctx.actor, organizations),
    input.organizationIds ? inArray(organizations.id, input.organizationIds) : undefined,
  ));
  if (input.organizationIds && eligible.length !== new Set(input.organizationIds).size) {
    throw new ValidationError('validation', {}, [{ path: 'organizationIds', key: 'satisfactionOrganizationNotEligible' }]);
  }
  if (!eligible.length) throw new ValidationError('validation', {}, [{ path: 'organizationIds', key: 'satisfactionNoOrganizations' }]);

  const weights = await ctx.services.settings.get('satisfaction.weights');
  const { districtCode, jurisdictionCode, userId } = ctx.actor;
  const id = await ctx.db.transaction(async (tx) => {
    const [round] = await tx.insert(satisfactionRounds).values({
      districtCode, jurisdictionCode, title: input.title, items: input.items, scale: input.scale, weights,
      opensOn: input.opensOn, closesOn: input.closesOn, openedBy: userId,
    }).returning({ id: satisfactionRounds.id });
    await tx.insert(satisfactionRoundOrganizations).values(eligible.map((o) => ({ districtCode, roundId: round.id, organizationId: o.id, jurisdictionCode: o.jurisdictionCode })));
    await recordAudit(tx, auditActor(ctx), {
      action: 'satisfaction.open', targetType: 'satisfaction_round', targetId: round.id,
      details: { title: input.title, scale: input.scale, organizations: eligible.length, opensOn: input.opensOn, closesOn: input.closesOn },
    });
    return round.id;
  });
  return getRound({ ctx, id });
}
