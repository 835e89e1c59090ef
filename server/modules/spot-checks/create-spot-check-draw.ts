import { randomBytes } from 'node:crypto';
import { and, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { districtCodeOf } from '../../platform/db/columns';
import { shanghaiYear } from '../../platform/dates';
import { ValidationError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { notify } from '../notifications/notify';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { organizations } from '../organizations/organizations.tables';
import { spotCheckDraws, spotChecks } from './spot-checks.tables';
import { planDraw, populationHash } from './draw-plan';
import { readDrawInputs } from './draw-inputs';
import { getSpotCheckDraw } from './get-spot-check-draw';
import type { createDrawBodySchema } from './spot-checks.schemas';

/**
 * 双随机: a district or city bureau draws organizations of its area and inspectors for each. The
 * seed (given, or generated), the population and the pool are stored with the draw, so anyone can
 * draw again and get the same lists. Each inspector is told which organization to check.
 */
export async function createSpotCheckDraw({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof createDrawBodySchema> }) {
  await authorize(ctx, 'spotCheck.draw');
  if (input.streetCode) await authorize(ctx, 'spotCheck.draw', { jurisdictionCode: input.streetCode });
  const { population, pool } = await readDrawInputs(ctx, input);
  if (!population.length) throw new ValidationError('validation', {}, [{ path: 'streetCode', key: 'spotCheckPopulationEmpty' }]);
  const now = new Date();
  const year = shanghaiYear(now);
  const seed = input.seed ?? `${year}-${randomBytes(8).toString('hex')}`;
  const [sharePercent, inspectorsPerCheck] = await Promise.all([
    input.sharePercent ?? ctx.services.settings.get('spotCheck.sharePercent'), ctx.services.settings.get('spotCheck.inspectorsPerCheck'),
  ]);
  const drawn = planDraw({ seed, population, sharePercent, pool, inspectorsPerCheck });
  const orgs = await ctx.db.select().from(organizations)
    .where(and(inArray(organizations.id, drawn.map((c) => c.organizationId)), inScope(ctx.actor, organizations)));
  const id = await ctx.db.transaction(async (tx) => {
    const [draw] = await tx.insert(spotCheckDraws).values({
      districtCode: districtCodeOf(ctx.actor.jurisdictionCode), jurisdictionCode: ctx.actor.jurisdictionCode, year, title: input.title,
      seed, sharePercent, populationCount: population.length, populationHash: populationHash(population), population,
      inspectorsPerCheck, inspectorPool: pool, drawnBy: ctx.actor.userId,
    }).returning();
    for (const check of drawn) {
      const organization = orgs.find((o) => o.id === check.organizationId)!;
      const [row] = await tx.insert(spotChecks).values({
        districtCode: organization.districtCode, drawId: draw.id, organizationId: organization.id,
        jurisdictionCode: organization.jurisdictionCode, inspectorIds: check.inspectorIds,
      }).returning({ id: spotChecks.id });
      await recordOrganizationEvent(tx, { organization, kind: 'spotChecks.drawn', subjectId: row.id, details: { title: input.title }, actorId: ctx.actor.userId });
      for (const inspectorId of check.inspectorIds) {
        const inspector = pool.find((p) => p.id === inspectorId)!;
        // Only an inspector at or above the bureau sees the draw itself; the others find the check in their list.
        const seesDraw = ctx.actor.jurisdictionCode.startsWith(inspector.jurisdictionCode);
        await notify(tx, { districtCode: districtCodeOf(inspector.jurisdictionCode), id: inspectorId }, {
          title: `您被抽选为“${organization.name}”的抽查人员（${input.title}）`, link: seesDraw ? `/admin/spot-checks/${draw.id}` : '/admin/spot-checks',
        });
      }
    }
    await recordAudit(tx, auditActor(ctx), {
      action: 'spotCheck.draw', targetType: 'spot_check_draw', targetId: draw.id,
      details: { title: input.title, seed, sharePercent, populationCount: population.length, drawn: drawn.length, orgClass: input.orgClass ?? null, streetCode: input.streetCode ?? null },
    });
    return draw.id;
  });
  return getSpotCheckDraw({ ctx, id });
}
