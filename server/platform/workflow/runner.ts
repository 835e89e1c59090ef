import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { ActorCtx } from '../context';
import type { Db } from '../db/database';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldError } from '../errors';
import { inScope, systemScope, type Scope } from '../policy/policy';
import { levelOfCode } from '../policy/roles';
import { recordAudit, type AuditActor } from '../audit/audit';
import { auditActor } from '../audit/audit-actor';
import { attachments } from '../files/files.tables';
import { caseTransitions } from './workflow.tables';
import { actorMayTake, findRule, workflowOf, type TransitionRule, type WorkflowMachine } from './machine';
import { systemAuditActor } from '../audit/audit-actor';

/** The columns a case table must have for the runner to move it. */
export type CaseTable = PgTable & {
  districtCode: PgColumn;
  id: PgColumn;
  jurisdictionCode: PgColumn;
  state: PgColumn;
  version: PgColumn;
};

export type TransitionRequest = {
  caseId: string;
  action: string;
  opinion?: string | null;
  attachmentIds?: string[];
  fieldsToFix?: string[];
};

export type CaseRow = { districtCode: string; id: string; jurisdictionCode: string; state: string; version: number };

/** Who takes a transition: a signed-in person, or the platform (a scheduled job). */
type Performer = {
  scope: Scope;
  audit: AuditActor;
  userId: string | null;
  name: string;
  role: string | null;
  mayTake(rule: TransitionRule<string>): boolean;
};

/**
 * Takes one transition for a person: checks the case is in scope, the step exists from its state,
 * the actor's role and level may take it, and what it requires is given; then in one transaction
 * moves the state (guarded by the version read, so two clerks cannot both act), writes the timeline
 * row, runs the domain's own writes (`apply`) and the audit row.
 */
export async function runTransition<S extends string>(
  ctx: ActorCtx,
  machine: WorkflowMachine<S>,
  table: CaseTable,
  request: TransitionRequest,
  apply?: ApplyStep<S>,
) {
  const level = levelOfCode(ctx.actor.jurisdictionCode);
  const performer: Performer = {
    scope: ctx.actor, audit: auditActor(ctx), userId: ctx.actor.userId, name: ctx.actor.displayName, role: ctx.actor.role,
    mayTake: (rule) => actorMayTake(rule, { role: ctx.actor.role, level }),
  };
  if (request.attachmentIds?.length) await checkAttachmentsInScope(ctx, request.attachmentIds);
  return perform(ctx.db, ctx.services.database.db, performer, machine, table, request, apply);
}

/** The same, for steps only the platform takes (`bySystem`), such as a notice period ending. */
export function runSystemTransition<S extends string>(
  db: Db,
  machine: WorkflowMachine<S>,
  table: CaseTable,
  request: TransitionRequest,
  apply?: ApplyStep<S>,
) {
  const performer: Performer = {
    scope: systemScope, audit: systemAuditActor(''), userId: null,
    name: '系统', role: null, mayTake: (rule) => rule.bySystem === true,
  };
  return perform(db, db, performer, machine, table, request, apply);
}

export type ApplyStep<S extends string> = (tx: Db, step: { from: S; to: S; caseRow: CaseRow; opinion: string | null }) => Promise<void>;

async function perform<S extends string>(
  db: Db,
  auditDb: Db,
  performer: Performer,
  machine: WorkflowMachine<S>,
  table: CaseTable,
  request: TransitionRequest,
  apply?: ApplyStep<S>,
) {
  const [caseRow] = (await db
    .select({ districtCode: table.districtCode, id: table.id, jurisdictionCode: table.jurisdictionCode, state: table.state, version: table.version })
    .from(table)
    .where(and(eq(table.id, request.caseId), inScope(performer.scope, table)))) as CaseRow[];
  if (!caseRow) throw new NotFoundError('notFound', { what: request.caseId });
  const from = caseRow.state as S;
  const rule = findRule(machine, from, request.action);
  if (!rule) throw new ConflictError('workflowNotAllowed', { state: machine.stateLabels[from]?.zh ?? from, action: request.action });
  if (!performer.mayTake(rule)) {
    await recordAudit(auditDb, performer.audit, {
      action: `${machine.caseType}.${request.action}`, outcome: 'denied', targetType: machine.caseType, targetId: caseRow.id,
    });
    throw new ForbiddenError('workflowRoleNotAllowed', { action: rule.label.zh });
  }
  const opinion = request.opinion?.trim() || null;
  const attachmentIds = request.attachmentIds ?? [];
  const missing: FieldError[] = [];
  if (rule.opinion === 'required' && !opinion) missing.push({ path: 'opinion', key: 'workflowOpinionRequired' });
  if (rule.attachments === 'required' && !attachmentIds.length) missing.push({ path: 'attachmentIds', key: 'workflowAttachmentsRequired' });
  if (rule.fieldsToFix && !request.fieldsToFix?.length) missing.push({ path: 'fieldsToFix', key: 'workflowFieldsRequired' });
  if (missing.length) throw new ValidationError('validation', {}, missing);

  return db.transaction(async (tx) => {
    const moved = await tx
      .update(table)
      .set({ state: rule.to, version: sql`${table.version} + 1` } as never)
      .where(and(
        eq(table.districtCode, caseRow.districtCode), eq(table.id, caseRow.id),
        eq(table.version, caseRow.version), inScope(performer.scope, table),
      ))
      .returning({ id: table.id });
    if (!moved.length) throw new ConflictError('workflowStale');
    const [transition] = await tx
      .insert(caseTransitions)
      .values({
        districtCode: caseRow.districtCode, caseType: machine.caseType, caseId: caseRow.id,
        jurisdictionCode: caseRow.jurisdictionCode, action: request.action, fromState: from, toState: rule.to,
        actorUserId: performer.userId, actorName: performer.name, actorRole: performer.role,
        opinion, fieldsToFix: rule.fieldsToFix ? request.fieldsToFix : null, attachmentIds: attachmentIds.length ? attachmentIds : null,
      })
      .returning();
    await apply?.(tx, { from, to: rule.to, caseRow, opinion });
    await recordAudit(tx, performer.audit, {
      action: `${machine.caseType}.${request.action}`, targetType: machine.caseType, targetId: caseRow.id,
      details: { from, to: rule.to },
    });
    return { from, to: rule.to, transition };
  });
}

async function checkAttachmentsInScope(ctx: ActorCtx, ids: string[]): Promise<void> {
  const found = await ctx.db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(inArray(attachments.id, ids), inScope(ctx.actor, attachments)));
  if (found.length !== new Set(ids).size) throw new NotFoundError('notFound', { what: 'attachment' });
}

/** The case's history, oldest first, for the timeline component. */
export async function caseTimeline(ctx: ActorCtx, caseType: string, caseId: string) {
  const rows = await ctx.db
    .select()
    .from(caseTransitions)
    .where(and(eq(caseTransitions.caseType, caseType), eq(caseTransitions.caseId, caseId), inScope(ctx.actor, caseTransitions)))
    .orderBy(asc(caseTransitions.at));
  const machine = workflowOf(caseType);
  const actionLabel = (action: string) => machine?.transitions.find((t) => t.action === action)?.label ?? { zh: action, en: action };
  const stateLabel = (state: string) => machine?.stateLabels[state] ?? { zh: state, en: state };
  return rows.map((r) => ({
    id: r.id, action: r.action, actionLabel: actionLabel(r.action), fromState: r.fromState, toState: r.toState,
    toStateLabel: stateLabel(r.toState), actorName: r.actorName, actorRole: r.actorRole,
    opinion: r.opinion, fieldsToFix: r.fieldsToFix ?? [], attachmentIds: r.attachmentIds ?? [], at: r.at.toISOString(),
  }));
}
