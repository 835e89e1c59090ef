import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { ConflictError, NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { actsForOrganization } from '../filings/organization-case';
import { gradeEvaluations, gradePanelMembers, type GradeEvaluationState } from './grading.tables';

export type GradeEvaluation = typeof gradeEvaluations.$inferSelect;
export type PanelMember = typeof gradePanelMembers.$inferSelect;

const notFound = (ctx: ActorCtx) => new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Grade evaluation' : '等级评估' });

/**
 * An evaluation and its organization inside the actor's subtree, or 404; a leader reaches only their
 * own organization's. Reviewers pass here for any evaluation in their subtree: the actions that need
 * them on the panel say so (`panelSeat`), after checking the state.
 */
export async function findGradeEvaluation(ctx: ActorCtx, id: string) {
  const [row] = await ctx.db.select({ evaluation: gradeEvaluations, organization: organizations }).from(gradeEvaluations)
    .innerJoin(organizations, and(
      eq(organizations.districtCode, gradeEvaluations.districtCode), eq(organizations.id, gradeEvaluations.organizationId), inScope(ctx.actor, organizations),
    ))
    .where(and(eq(gradeEvaluations.id, id), inScope(ctx.actor, gradeEvaluations)));
  if (!row || !actsForOrganization(ctx, row.organization)) throw notFound(ctx);
  return row;
}

/** The panel of an evaluation, in the order it was named. */
export function panelOf(db: Db, ctx: ActorCtx, evaluation: GradeEvaluation): Promise<PanelMember[]> {
  return db.select().from(gradePanelMembers).where(and(
    eq(gradePanelMembers.districtCode, evaluation.districtCode), eq(gradePanelMembers.evaluationId, evaluation.id), inScope(ctx.actor, gradePanelMembers),
  )).orderBy(gradePanelMembers.createdAt, gradePanelMembers.reviewerId);
}

/** The acting reviewer's seat on the panel; a reviewer who is not on it does not learn the evaluation exists. */
export async function panelSeat(ctx: ActorCtx, evaluation: GradeEvaluation): Promise<PanelMember> {
  const seat = (await panelOf(ctx.db, ctx, evaluation)).find((m) => m.reviewerId === ctx.actor.userId);
  if (!seat) throw notFound(ctx);
  return seat;
}

/** Refuses (409) an action the evaluation's state does not allow. */
export function expectState(evaluation: GradeEvaluation, ...states: GradeEvaluationState[]): void {
  if (!states.includes(evaluation.state)) throw new ConflictError('gradeWrongState', { state: evaluation.state });
}
