import { and, asc, count, desc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, listQuerySchema, pageWindow } from '../../platform/http/list';
import { levelOfCode } from '../../platform/policy/roles';
import { organizations } from '../organizations/organizations.tables';
import { filings } from './filings.tables';
import { filingStates, filingWorkflow } from './filing.workflow';
import { availableActions } from '../../platform/workflow/machine';

export const listFilingsQuerySchema = listQuerySchema.extend({
  state: z.enum(filingStates).optional(),
  /** Only cases waiting for something this user may do (待办). */
  todo: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

/** States in which each role has something to do; the inbox is these, inside the actor's subtree. */
function todoStates(ctx: ActorCtx): string[] {
  const actor = { role: ctx.actor.role, level: levelOfCode(ctx.actor.jurisdictionCode) };
  return filingStates.filter((s) => availableActions(filingWorkflow, s, actor).length > 0);
}

export async function listFilings({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listFilingsQuerySchema> }) {
  await authorize(ctx, 'filing.read');
  const filters: (SQL | undefined)[] = [inScope(ctx.actor, filings), inScope(ctx.actor, organizations)];
  if (input.state) filters.push(eq(filings.state, input.state));
  if (input.q) filters.push(ilike(organizations.name, containsPattern(input.q)));
  const todo = todoStates(ctx);
  if (input.todo) filters.push(inArray(filings.state, todo.length ? todo : ['']));
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const from = ctx.db
    .select({ filing: filings, organization: organizations })
    .from(filings)
    .innerJoin(organizations, and(eq(organizations.districtCode, filings.districtCode), eq(organizations.id, filings.organizationId)));
  const [rows, [{ total }]] = await Promise.all([
    from.where(where).orderBy(desc(filings.updatedAt), asc(filings.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(filings)
      .innerJoin(organizations, and(eq(organizations.districtCode, filings.districtCode), eq(organizations.id, filings.organizationId)))
      .where(where),
  ]);
  return {
    items: rows.map(({ filing, organization }) => ({
      id: filing.id, state: filing.state, stateLabel: filingWorkflow.stateLabels[filing.state as never],
      organizationId: organization.id, organizationName: organization.name, category: organization.category,
      jurisdictionCode: filing.jurisdictionCode, memberCount: organization.memberCount,
      submittedAt: filing.submittedAt?.toISOString() ?? null, noticeEndsAt: filing.noticeEndsAt?.toISOString() ?? null,
      updatedAt: filing.updatedAt.toISOString(), todo: todo.includes(filing.state),
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
