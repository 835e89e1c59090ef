import { and, asc, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { can, inScope } from '../../platform/policy/policy';
import { decryptField } from '../../platform/crypto/sm';
import { shanghaiDate } from '../../platform/dates';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { ancestorCodes } from '../jurisdictions/jurisdiction-queries';
import { userDisplayNames } from '../users/user-names';
import { gradeObjections, gradeScores } from './grading.tables';
import { findGradeEvaluation, panelOf, panelSeat } from './find-grade-evaluation';
import { findIndexVersion } from './index-in-force';
import { computeIndicators, metricContextAt } from './metrics';
import { panelResult } from './panel-result';
import { presentGradeEvaluation } from './grade-evaluation-presenter';

/**
 * One evaluation as the reader may see it. The bureau sees the panel's scores and the objections;
 * an expert sees their own seat and scores; before the panel is named the bureau sees the computed
 * indicators as they stand today (they are frozen when the panel is named).
 */
export async function getGradeEvaluation({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'grade.read');
  const { evaluation, organization } = await findGradeEvaluation(ctx, id);
  if (ctx.actor.role === 'reviewer') await panelSeat(ctx, evaluation);
  const manager = can(ctx.actor, 'grade.manage');
  const [index, panel, names] = await Promise.all([
    findIndexVersion(ctx.db, evaluation.indexId),
    panelOf(ctx.db, ctx, evaluation),
    jurisdictionNames(ctx.db, [...ancestorCodes(organization.jurisdictionCode), organization.jurisdictionCode]),
  ]);
  const seat = panel.find((m) => m.reviewerId === ctx.actor.userId);
  const computed = evaluation.computed ?? (manager
    ? (await computeIndicators(ctx.db, ctx.actor, [organization], index!.tree, await metricContextAt(ctx.services.settings, new Date()))).get(organization.id)!
    : null);
  const [result, people, myScores, objections] = await Promise.all([
    manager ? panelResult(ctx.db, ctx, evaluation, panel) : null,
    userDisplayNames(ctx.db, panel.map((m) => m.reviewerId)),
    seat ? ctx.db.select({ indicatorKey: gradeScores.indicatorKey, points: gradeScores.points, comment: gradeScores.comment }).from(gradeScores).where(and(
      eq(gradeScores.districtCode, evaluation.districtCode), eq(gradeScores.evaluationId, evaluation.id), eq(gradeScores.reviewerId, seat.reviewerId),
      inScope(ctx.actor, gradeScores),
    )) : [],
    manager || ctx.actor.role === 'street' ? ctx.db.select().from(gradeObjections).where(and(
      eq(gradeObjections.districtCode, evaluation.districtCode), eq(gradeObjections.evaluationId, evaluation.id), inScope(ctx.actor, gradeObjections),
    )).orderBy(asc(gradeObjections.createdAt)) : [],
  ]);
  const place = [...ancestorCodes(organization.jurisdictionCode).slice(2), organization.jurisdictionCode].map((c) => names.get(c) ?? c).join(' ');
  return {
    ...presentGradeEvaluation(evaluation, organization, place),
    index: { id: index!.id, jurisdictionCode: index!.jurisdictionCode || null, version: index!.version, totalPoints: index!.totalPoints, tree: index!.tree },
    computed, computedFrozen: evaluation.computed !== null,
    panel: ctx.actor.role === 'org' ? [] : panel.map((m) => {
      const expert = result?.experts.find((e) => e.reviewerId === m.reviewerId);
      return {
        reviewerId: m.reviewerId, name: people.get(m.reviewerId) ?? null, conflictDeclared: m.conflictDeclared, submitted: m.submittedAt !== null,
        conflictNote: manager ? m.conflictNote : null, manualTotal: expert?.manualTotal ?? null,
      };
    }),
    result: result && { computedTotal: result.computedTotal, manualAverage: result.manualAverage, total: result.total, counted: result.counted, pending: result.pending, averageByIndicator: result.averageByIndicator },
    mySeat: seat ? { conflictDeclared: seat.conflictDeclared, conflictNote: seat.conflictNote, submitted: seat.submittedAt !== null, scores: myScores } : null,
    objections: objections.map((o) => ({
      id: o.id, source: o.source, content: o.content, createdAt: o.createdAt.toISOString(), createdOn: shanghaiDate(o.createdAt),
      contact: manager && o.contactEnc ? decryptField(ctx.services.fieldKeys, o.contactEnc) : null,
    })),
  };
}
