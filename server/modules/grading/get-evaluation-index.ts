import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { userDisplayNames } from '../users/user-names';
import { evaluationIndexes } from './grading.tables';
import { indexInForce } from './index-in-force';
import { presentIndex } from './index-presenter';
import type { evaluationIndexQuerySchema } from './grading.schemas';

/** The index in force at a place (the actor's own by default) and the versions saved for that place. */
export async function getEvaluationIndex({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof evaluationIndexQuerySchema> }) {
  await authorize(ctx, 'evaluationIndex.read');
  const place = input.jurisdictionCode ?? ctx.actor.jurisdictionCode;
  await authorize(ctx, 'evaluationIndex.read', { jurisdictionCode: place });
  const [index, versions] = await Promise.all([
    indexInForce(ctx.db, place),
    ctx.db.select({ version: evaluationIndexes.version, totalPoints: evaluationIndexes.totalPoints, createdBy: evaluationIndexes.createdBy, createdAt: evaluationIndexes.createdAt })
      .from(evaluationIndexes).where(eq(evaluationIndexes.jurisdictionCode, place)).orderBy(desc(evaluationIndexes.version)),
  ]);
  const [names, people] = await Promise.all([jurisdictionNames(ctx.db, [place, index.jurisdictionCode]), userDisplayNames(ctx.db, versions.map((v) => v.createdBy))]);
  return {
    place, placeName: names.get(place) ?? null,
    inForce: presentIndex(index, names),
    versions: versions.map((v) => ({ version: v.version, totalPoints: v.totalPoints, savedBy: people.get(v.createdBy) ?? null, savedAt: v.createdAt.toISOString() })),
  };
}
