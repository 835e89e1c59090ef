import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { gradeEvaluationStates, grades, type IndexNode } from './grading.tables';
import { metricKeys } from './index-tree';

const text = (max: number) => z.string().trim().max(max);

const ruleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }),
  z.object({ kind: z.literal('metric'), metric: z.enum(metricKeys) }),
]);

/** One indicator as edited: sums, unique keys and rules are checked by `indexTreeErrors`. */
export const indexNodeSchema: z.ZodType<IndexNode> = z.lazy(() => z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, 'indexKeyInvalid'),
  name: text(60).min(1),
  points: z.number().int().min(1).max(10_000),
  rule: ruleSchema.optional(),
  children: z.array(indexNodeSchema).max(30).optional(),
}));

export const evaluationIndexQuerySchema = z.object({ jurisdictionCode: divisionCodeSchema.optional() });
export const evaluationIndexParamsSchema = z.object({ code: divisionCodeSchema });
export const saveEvaluationIndexBodySchema = z.object({
  totalPoints: z.number().int().min(100).max(10_000),
  tree: z.array(indexNodeSchema).min(1).max(20),
});

export const gradeEvaluationIdParamsSchema = z.object({ id: z.uuid() });

export const listGradeEvaluationsQuerySchema = listQuerySchema.extend({
  state: z.enum(gradeEvaluationStates).optional(),
  grade: z.enum(grades).optional(),
  jurisdictionCode: divisionCodeSchema.optional(),
});

export const gradeApplicationBodySchema = z.object({ organizationId: z.uuid() });

export const nameGradePanelBodySchema = z.object({
  reviewerIds: z.array(z.uuid()).min(1).max(15).refine((ids) => new Set(ids).size === ids.length, 'gradePanelDuplicate'),
});

/** An expert declares a conflict of interest (利益冲突) and leaves the panel's count. */
export const declareConflictBodySchema = z.object({ note: text(1000).min(2) });

/** An expert's scores of every manual indicator, with their declaration of no conflict of interest. */
export const submitGradeScoresBodySchema = z.object({
  noConflict: z.literal(true, { error: 'gradeNoConflictRequired' }),
  scores: z.array(z.object({
    indicatorKey: z.string().min(1).max(48),
    points: z.number().min(0).max(10_000).multipleOf(0.5),
    comment: text(500).optional(),
  })).min(1).max(200),
});

export const rejectGradeBodySchema = z.object({ reason: text(2000).min(2) });
export const confirmGradeBodySchema = z.object({ note: text(2000).optional() });

export const gradeObjectionBodySchema = z.object({
  reason: text(2000).min(5),
  contact: text(100).optional(),
});

export const gradeShareQuerySchema = z.object({ jurisdictionCode: divisionCodeSchema.optional(), format: z.enum(['json', 'xlsx']).default('json') });

export const publicGradeListQuerySchema = listQuerySchema.pick({ page: true, pageSize: true, q: true }).extend({
  grade: z.enum(grades).exclude(['none']).optional(),
});
