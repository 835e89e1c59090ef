import { and, count, desc, eq, ilike, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { spotCheckDraws, spotChecks } from './spot-checks.tables';
import { presentDraw } from './spot-check-presenter';
import type { listDrawsQuerySchema } from './spot-checks.schemas';

/** Draws made at or below the actor's node, newest first, with how many of their checks are done. */
export async function listSpotCheckDraws({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listDrawsQuerySchema> }) {
  await authorize(ctx, 'spotCheck.read');
  const where = and(
    inScope(ctx.actor, spotCheckDraws),
    input.year ? eq(spotCheckDraws.year, input.year) : undefined,
    input.q ? ilike(spotCheckDraws.title, containsPattern(input.q)) : undefined,
  );
  const { limit, offset } = pageWindow(input);
  const [draws, [{ total }]] = await Promise.all([
    ctx.db.select().from(spotCheckDraws).where(where).orderBy(desc(spotCheckDraws.createdAt), desc(spotCheckDraws.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(spotCheckDraws).where(where),
  ]);
  const tallies = draws.length
    ? await ctx.db.select({
      drawId: spotChecks.drawId, drawn: count(), completed: sql<number>`count(*) filter (where ${spotChecks.state} = 'completed')`.mapWith(Number),
    }).from(spotChecks).where(and(inArray(spotChecks.drawId, draws.map((d) => d.id)), inScope(ctx.actor, spotChecks))).groupBy(spotChecks.drawId)
    : [];
  return {
    items: draws.map((d) => {
      const tally = tallies.find((x) => x.drawId === d.id);
      return presentDraw(d, tally?.drawn ?? 0, tally?.completed ?? 0);
    }),
    total, page: input.page, pageSize: input.pageSize,
  };
}
