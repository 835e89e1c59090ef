import { and, count, desc, eq, exists, ilike, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { leaderOwnOrganizations } from '../filings/organization-case';
import { gradeEvaluations, gradePanelMembers } from './grading.tables';
import { presentGradeEvaluation } from './grade-evaluation-presenter';
import type { listGradeEvaluationsQuerySchema } from './grading.schemas';

/**
 * Grade evaluations in the actor's subtree, newest first: staff see all of it, an expert the ones
 * whose panel they sit on, a leader their own organization's.
 */
export async function listGradeEvaluations({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listGradeEvaluationsQuerySchema> }) {
  await authorize(ctx, 'grade.read');
  if (input.jurisdictionCode) await authorize(ctx, 'grade.read', { jurisdictionCode: input.jurisdictionCode });
  const filters: (SQL | undefined)[] = [inScope(ctx.actor, gradeEvaluations), leaderOwnOrganizations(ctx)];
  if (ctx.actor.role === 'reviewer') {
    filters.push(exists(ctx.db.select({ one: sql`1` }).from(gradePanelMembers).where(and(
      eq(gradePanelMembers.districtCode, gradeEvaluations.districtCode), eq(gradePanelMembers.evaluationId, gradeEvaluations.id),
      eq(gradePanelMembers.reviewerId, ctx.actor.userId), inScope(ctx.actor, gradePanelMembers),
    ))));
  }
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, gradeEvaluations));
  if (input.state) filters.push(eq(gradeEvaluations.state, input.state));
  if (input.grade) filters.push(eq(gradeEvaluations.grade, input.grade));
  if (input.q) filters.push(ilike(organizations.name, containsPattern(input.q)));
  const where = and(...filters);
  const join = and(
    eq(organizations.districtCode, gradeEvaluations.districtCode), eq(organizations.id, gradeEvaluations.organizationId), inScope(ctx.actor, organizations),
  );
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ evaluation: gradeEvaluations, organization: organizations }).from(gradeEvaluations).innerJoin(organizations, join)
      .where(where).orderBy(desc(gradeEvaluations.createdAt), desc(gradeEvaluations.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(gradeEvaluations).innerJoin(organizations, join).where(where),
  ]);
  const names = await jurisdictionNames(ctx.db, rows.flatMap((r) => [r.organization.streetCode, r.organization.jurisdictionCode]));
  return {
    items: rows.map(({ evaluation, organization }) => presentGradeEvaluation(evaluation, organization,
      [names.get(organization.streetCode), names.get(organization.jurisdictionCode)].filter(Boolean).join(' '))),
    total, page: input.page, pageSize: input.pageSize,
  };
}
