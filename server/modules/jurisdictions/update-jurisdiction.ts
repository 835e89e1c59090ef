import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { NotFoundError, ValidationError } from '../../platform/errors';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { jurisdictions } from './jurisdictions.tables';
import { findNode } from './jurisdiction-queries';
import type { updateJurisdictionBodySchema } from './jurisdictions.schemas';

/** Staff correct a node's area type, households and population (used later for ratios). */
export async function updateJurisdiction({ ctx, code, input }: { ctx: ActorCtx; code: string; input: z.infer<typeof updateJurisdictionBodySchema> }) {
  await authorize(ctx, 'jurisdiction.update', { jurisdictionCode: code });
  const before = await findNode(ctx.db, code);
  if (!before) throw new NotFoundError('notFound', { what: code });
  if (input.areaType && before.level !== 5) {
    throw new ValidationError('validation', {}, [{ path: 'areaType', key: 'areaTypeCommunityOnly' }]);
  }
  await ctx.db.transaction(async (tx) => {
    await tx.update(jurisdictions).set({ ...input, updatedAt: new Date() }).where(eq(jurisdictions.code, code));
    await recordAudit(tx, auditActor(ctx), {
      action: 'jurisdiction.update', targetType: 'jurisdiction', targetId: code,
      details: { before: { areaType: before.areaType, households: before.households, population: before.population }, after: input },
    });
  });
  return (await findNode(ctx.db, code))!;
}
