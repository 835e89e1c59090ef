import { and, asc, count, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { pageWindow } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { satisfactionResults } from './satisfaction.tables';
import { findRoundInScope, type SatisfactionRound } from './find-round';
import { presentResult } from './result-presenter';

/** A closed round's results, ranked (ties share a rank, then by name); empty while the round is open. */
export async function listRoundResults({ ctx, id, input }: { ctx: ActorCtx; id: string; input: { page: number; pageSize: number; format: 'json' | 'xlsx' } }) {
  await authorize(ctx, 'satisfaction.read');
  const round = await findRoundInScope(ctx, id);
  const { items, total } = await readRoundResults(ctx, round, pageWindow(input));
  return { round: { id: round.id, title: round.title, items: round.items, state: round.state }, items, total, page: input.page, pageSize: input.pageSize };
}

/** One window of a round's ranked results, as the reader may see them. */
export async function readRoundResults(ctx: ActorCtx, round: SatisfactionRound, { limit, offset }: { limit: number; offset: number }) {
  const where = and(eq(satisfactionResults.districtCode, round.districtCode), eq(satisfactionResults.roundId, round.id), inScope(ctx.actor, satisfactionResults));
  const join = and(eq(organizations.districtCode, satisfactionResults.districtCode), eq(organizations.id, satisfactionResults.organizationId), inScope(ctx.actor, organizations));
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ result: satisfactionResults, name: organizations.name }).from(satisfactionResults).innerJoin(organizations, join)
      .where(where).orderBy(asc(satisfactionResults.rank), asc(organizations.name)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(satisfactionResults).where(where),
  ]);
  const names = await jurisdictionNames(ctx.db, rows.map((r) => r.result.jurisdictionCode));
  return { items: rows.map((r) => presentResult(r.result, { name: r.name, placeName: names.get(r.result.jurisdictionCode) ?? null })), total };
}
