import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { satisfactionRounds } from './satisfaction.tables';
import { roundFigures } from './round-figures';
import { presentRound } from './round-presenter';
import type { listSatisfactionRoundsQuerySchema } from './satisfaction.schemas';

/** The rounds opened in the actor's subtree, newest first. */
export async function listRounds({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listSatisfactionRoundsQuerySchema> }) {
  await authorize(ctx, 'satisfaction.read');
  if (input.jurisdictionCode) await authorize(ctx, 'satisfaction.read', { jurisdictionCode: input.jurisdictionCode });
  const filters: (SQL | undefined)[] = [inScope(ctx.actor, satisfactionRounds)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, satisfactionRounds));
  if (input.state) filters.push(eq(satisfactionRounds.state, input.state));
  if (input.q) filters.push(ilike(satisfactionRounds.title, containsPattern(input.q)));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(satisfactionRounds).where(where).orderBy(desc(satisfactionRounds.createdAt), desc(satisfactionRounds.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(satisfactionRounds).where(where),
  ]);
  const [figures, names] = await Promise.all([
    roundFigures(ctx.db, ctx.actor, rows.map((r) => r.id)),
    jurisdictionNames(ctx.db, rows.map((r) => r.jurisdictionCode)),
  ]);
  return {
    items: rows.map((round) => presentRound(round, {
      placeName: names.get(round.jurisdictionCode) ?? null, ...figures.get(round.id)!, mine: round.jurisdictionCode === ctx.actor.jurisdictionCode,
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
