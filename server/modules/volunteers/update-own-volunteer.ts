import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { volunteers } from './volunteers.tables';
import { findOwnVolunteer } from './own-volunteer';
import { checkVolunteerFacts } from './volunteer-facts';
import { getOwnVolunteer } from './get-own-volunteer';
import type { updateOwnVolunteerBodySchema } from './volunteers.schemas';

/** A volunteer corrects their own skills, service interests and availability (the rest goes through the committee). */
export async function updateOwnVolunteer({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof updateOwnVolunteerBodySchema> }) {
  await authorize(ctx, 'volunteer.self');
  const volunteer = await findOwnVolunteer(ctx);
  await checkVolunteerFacts(ctx.db, input);
  await ctx.db.transaction(async (tx) => {
    // The volunteer's own row, found by account above.
    await tx.update(volunteers).set({ ...input, updatedAt: new Date() })
      .where(and(eq(volunteers.districtCode, volunteer.districtCode), eq(volunteers.id, volunteer.id), inScope(systemScope, volunteers)));
    await recordAudit(tx, auditActor(ctx), { action: 'volunteer.updateSelf', targetType: 'volunteer', targetId: volunteer.id, details: { changed: Object.keys(input) } });
  });
  return getOwnVolunteer({ ctx });
}
