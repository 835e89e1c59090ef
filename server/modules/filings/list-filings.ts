import { and, asc, count, desc, eq, exists, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { can, inScope } from '../../platform/policy/policy';
import { containsPattern, listQuerySchema, pageWindow } from '../../platform/http/list';
import { levelOfCode } from '../../platform/policy/roles';
import { leaderOwnOrganizations } from './organization-case';
import { organizations } from '../organizations/organizations.tables';
import { caseKinds, filings, objections, type CaseKind } from './filings.tables';
import { caseKindLabels, caseWorkflows } from './case-kinds';
import { availableActions } from '../../platform/workflow/machine';

const allStates = [...new Set(Object.values(caseWorkflows).flatMap((w) => w.states))] as [string, ...string[]];

export const listFilingsQuerySchema = listQuerySchema.extend({
  kind: z.enum(caseKinds).optional(),
  state: z.enum(allStates).optional(),
  /** Only cases waiting for something this user may do (待办). */
  todo: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

/** Per kind, the states in which this user has something to do; the inbox is these, inside the actor's subtree. */
function todoStates(ctx: ActorCtx): Record<CaseKind, string[]> {
  const actor = { role: ctx.actor.role, level: levelOfCode(ctx.actor.jurisdictionCode) };
  return Object.fromEntries(caseKinds.map((kind) => {
    const machine = caseWorkflows[kind];
    return [kind, machine.states.filter((s) => availableActions(machine, s, actor).length > 0)];
  })) as Record<CaseKind, string[]>;
}

/** A case on notice with an objection nobody has answered yet: the street has that to do. */
const hasOpenObjection = (ctx: ActorCtx) => exists(ctx.db.select({ one: sql`1` }).from(objections).where(and(
  eq(objections.districtCode, filings.districtCode), eq(objections.filingId, filings.id), eq(objections.status, 'open'), inScope(ctx.actor, objections),
)));

function isTodo(ctx: ActorCtx, todo: Record<CaseKind, string[]>): SQL | undefined {
  const clauses: (SQL | undefined)[] = caseKinds.filter((k) => todo[k].length).map((k) => and(eq(filings.kind, k), inArray(filings.state, todo[k])));
  if (can(ctx.actor, 'filing.answerObjection')) clauses.push(and(eq(filings.state, 'public_notice'), hasOpenObjection(ctx)));
  return clauses.length ? or(...clauses) : eq(filings.id, '00000000-0000-0000-0000-000000000000');
}

export async function listFilings({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listFilingsQuerySchema> }) {
  await authorize(ctx, 'filing.read');
  const filters: (SQL | undefined)[] = [inScope(ctx.actor, filings), inScope(ctx.actor, organizations)];
  if (input.kind) filters.push(eq(filings.kind, input.kind));
  if (input.state) filters.push(eq(filings.state, input.state));
  // A leader sees their own organizations only (the one they belong to, the ones they founded).
  filters.push(leaderOwnOrganizations(ctx));
  if (input.q) filters.push(ilike(organizations.name, containsPattern(input.q)));
  const todo = todoStates(ctx);
  const todoClause = isTodo(ctx, todo);
  if (input.todo) filters.push(todoClause);
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const from = ctx.db
    .select({ filing: filings, organization: organizations, todo: sql<boolean>`coalesce(${todoClause}, false)` })
    .from(filings)
    .innerJoin(organizations, and(eq(organizations.districtCode, filings.districtCode), eq(organizations.id, filings.organizationId)));
  const [rows, [{ total }]] = await Promise.all([
    from.where(where).orderBy(desc(filings.updatedAt), asc(filings.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(filings)
      .innerJoin(organizations, and(eq(organizations.districtCode, filings.districtCode), eq(organizations.id, filings.organizationId)))
      .where(where),
  ]);
  return {
    items: rows.map(({ filing, organization, todo: isTodoNow }) => ({
      id: filing.id, kind: filing.kind, kindLabel: caseKindLabels[filing.kind],
      state: filing.state, stateLabel: caseWorkflows[filing.kind].stateLabels[filing.state],
      organizationId: organization.id, organizationName: organization.name, category: organization.category,
      jurisdictionCode: filing.jurisdictionCode, memberCount: organization.memberCount,
      submittedAt: filing.submittedAt?.toISOString() ?? null, noticeEndsAt: filing.noticeEndsAt?.toISOString() ?? null,
      updatedAt: filing.updatedAt.toISOString(), todo: Boolean(isTodoNow),
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
