import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { ConflictError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { districtCodeOf } from '../../platform/db/columns';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { volunteerStations } from './volunteers.tables';
import { checkManager, checkUnitPlace } from './unit-rules';
import { presentStations } from './unit-presenter';
import type { createStationBodySchema } from './volunteers.schemas';

/** A street or committee sets up a 志愿服务站 in its subtree, with its address and manager. */
export async function createStation({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof createStationBodySchema> }) {
  await authorize(ctx, 'volunteerStation.manage', { jurisdictionCode: input.jurisdictionCode });
  await checkUnitPlace(ctx, input.jurisdictionCode);
  await checkManager(ctx, input.jurisdictionCode, input.managerUserId);
  const station = await ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(volunteerStations).values({
      districtCode: districtCodeOf(input.jurisdictionCode), jurisdictionCode: input.jurisdictionCode, name: input.name,
      address: input.address || null, managerUserId: input.managerUserId ?? null, createdBy: ctx.actor.userId,
    }).onConflictDoNothing().returning();
    // One station of a name per place (unique index): a second inserts nothing.
    if (!created) throw new ConflictError('volunteerStationNameTaken', {}, [{ path: 'name', key: 'volunteerStationNameTaken' }]);
    await recordAudit(tx, auditActor(ctx), {
      action: 'volunteerStation.create', targetType: 'volunteer_station', targetId: created.id,
      details: { name: created.name, jurisdictionCode: created.jurisdictionCode, managerUserId: created.managerUserId },
    });
    return created;
  });
  const [view] = await presentStations(ctx.db, [station]);
  return view;
}
