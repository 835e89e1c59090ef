import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { ConflictError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { volunteerStations } from './volunteers.tables';
import { findStationInScope } from './find-unit';
import { checkManager } from './unit-rules';
import { presentStations } from './unit-presenter';
import type { updateStationBodySchema } from './volunteers.schemas';

/** Renames a station, changes its address or its manager. */
export async function updateStation({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof updateStationBodySchema> }) {
  await authorize(ctx, 'volunteerStation.manage');
  const station = await findStationInScope(ctx, id);
  await checkManager(ctx, station.jurisdictionCode, input.managerUserId);
  const changes = { ...input, ...(input.address !== undefined && { address: input.address || null }) };
  if (!Object.keys(changes).length) return (await presentStations(ctx.db, [station]))[0];
  const here = and(eq(volunteerStations.districtCode, station.districtCode), inScope(ctx.actor, volunteerStations));
  const updated = await ctx.db.transaction(async (tx) => {
    if (input.name) {
      const [namesake] = await tx.select({ id: volunteerStations.id }).from(volunteerStations)
        .where(and(here, eq(volunteerStations.jurisdictionCode, station.jurisdictionCode), eq(volunteerStations.name, input.name), ne(volunteerStations.id, station.id)));
      if (namesake) throw new ConflictError('volunteerStationNameTaken', {}, [{ path: 'name', key: 'volunteerStationNameTaken' }]);
    }
    const [row] = await tx.update(volunteerStations).set(changes).where(and(here, eq(volunteerStations.id, station.id))).returning();
    await recordAudit(tx, auditActor(ctx), { action: 'volunteerStation.update', targetType: 'volunteer_station', targetId: station.id, details: { changed: Object.keys(changes) } });
    return row;
  });
  const [view] = await presentStations(ctx.db, [updated]);
  return view;
}
