import { and, count, desc, eq, gt, ilike, notExists, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { satisfactionResults, satisfactionRounds } from './satisfaction.tables';
import { presentResult } from './result-presenter';
import type { exitReviewsQuerySchema } from './satisfaction.schemas';

const later = alias(satisfactionResults, 'later_result');

/**
 * 退出评估: active organizations whose latest result is flagged (unsatisfied two closed rounds in a
 * row), for the street and the bureau to review. A better result since clears the flag.
 */
export async function listExitReviews({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof exitReviewsQuerySchema> }) {
  await authorize(ctx, 'satisfaction.read');
  if (input.jurisdictionCode) await authorize(ctx, 'satisfaction.read', { jurisdictionCode: input.jurisdictionCode });
  const filters: (SQL | undefined)[] = [
    eq(satisfactionResults.exitReview, true), eq(organizations.status, 'active'), inScope(ctx.actor, satisfactionResults),
    notExists(ctx.db.select({ one: later.roundId }).from(later).where(and(
      eq(later.districtCode, satisfactionResults.districtCode), eq(later.organizationId, satisfactionResults.organizationId),
      gt(later.closedAt, satisfactionResults.closedAt), inScope(systemScope, later),
    ))),
  ];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, satisfactionResults));
  if (input.q) filters.push(ilike(organizations.name, containsPattern(input.q)));
  const where = and(...filters);
  const join = and(eq(organizations.districtCode, satisfactionResults.districtCode), eq(organizations.id, satisfactionResults.organizationId), inScope(ctx.actor, organizations));
  const roundJoin = and(eq(satisfactionRounds.districtCode, satisfactionResults.districtCode), eq(satisfactionRounds.id, satisfactionResults.roundId), inScope(systemScope, satisfactionRounds));
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ result: satisfactionResults, name: organizations.name, roundTitle: satisfactionRounds.title }).from(satisfactionResults)
      .innerJoin(organizations, join).innerJoin(satisfactionRounds, roundJoin)
      .where(where).orderBy(desc(satisfactionResults.closedAt), desc(satisfactionResults.organizationId)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(satisfactionResults).innerJoin(organizations, join).where(where),
  ]);
  const names = await jurisdictionNames(ctx.db, rows.map((r) => r.result.jurisdictionCode));
  return {
    items: rows.map((r) => ({ ...presentResult(r.result, { name: r.name, placeName: names.get(r.result.jurisdictionCode) ?? null }), roundTitle: r.roundTitle })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
