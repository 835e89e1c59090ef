import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { evaluatorKinds, satisfactionRoundStates, satisfactionScales } from './satisfaction.tables';

const text = (max: number) => z.string().trim().max(max);

/** The items a round scores unless the opener edits them. */
export const defaultSatisfactionItems = [
  { key: 'service', label: '服务成效' }, { key: 'participation', label: '居民参与' },
  { key: 'conduct', label: '规范运作' }, { key: 'overall', label: '总体评价' },
];

const itemSchema = z.object({ key: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/), label: text(30).min(1) });

export const listSatisfactionRoundsQuerySchema = listQuerySchema.extend({
  state: z.enum(satisfactionRoundStates).optional(),
  jurisdictionCode: divisionCodeSchema.optional(),
});

export const openSatisfactionRoundBodySchema = z.object({
  title: text(100).min(2),
  items: z.array(itemSchema).min(1).max(10).default(defaultSatisfactionItems)
    .refine((items) => new Set(items.map((i) => i.key)).size === items.length, 'satisfactionItemKeysUnique'),
  scale: z.enum(satisfactionScales).default('three_level'),
  opensOn: z.iso.date(),
  closesOn: z.iso.date(),
  /** The organizations evaluated; all active ones of the opener's area when left out. */
  organizationIds: z.array(z.uuid()).min(1).max(500).optional(),
});

export const addSatisfactionEvaluatorsBodySchema = z.object({
  evaluators: z.array(z.object({
    kind: z.enum(evaluatorKinds),
    name: text(50).min(1),
    affiliation: text(100).optional(),
  })).min(1).max(200),
});

export const satisfactionRoundIdParamsSchema = z.object({ id: z.uuid() });
export const satisfactionEvaluatorParamsSchema = z.object({ id: z.uuid(), evaluatorId: z.uuid() });

export const satisfactionResultsQuerySchema = listQuerySchema.pick({ page: true, format: true }).extend({
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

export const exitReviewsQuerySchema = listQuerySchema.extend({ jurisdictionCode: divisionCodeSchema.optional() });

/**
 * The evaluator's link: the district code and the token (base64url of 32 random bytes). Loosely
 * checked, so a mangled link gets the same clear "link not valid" answer as an unknown one.
 */
export const ballotParamsSchema = z.object({ districtCode: z.string().max(12), token: z.string().max(100) });

export const submitBallotBodySchema = z.object({
  scores: z.array(z.object({ organizationId: z.uuid(), itemKey: z.string().max(32), score: z.number().int() })).max(5000),
});
