import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { spotCheckConclusions, spotCheckStates, supervisionNoticeKinds, supervisionNoticeStates } from './spot-checks.tables';

const text = (max: number) => z.string().trim().max(max);

/** Organizations a draw may take: filed (备案) and registered (依法登记), never community-guided groups. */
export const drawClasses = ['filed', 'registered'] as const;

export const createDrawBodySchema = z.object({
  title: text(100).min(2),
  orgClass: z.enum(drawClasses).optional(),
  streetCode: divisionCodeSchema.optional(),
  /** Given by the bureau (e.g. drawn in public), or generated and recorded. */
  seed: text(64).min(4).optional(),
  sharePercent: z.number().min(0.1).max(100).optional(),
});

export const listDrawsQuerySchema = listQuerySchema.extend({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const listChecksQuerySchema = listQuerySchema.extend({
  drawId: z.uuid().optional(),
  state: z.enum(spotCheckStates).optional(),
  organizationId: z.uuid().optional(),
});

export const coverageQuerySchema = listQuerySchema.extend({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const recordCheckBodySchema = z.object({
  checkedOn: z.iso.date(),
  findings: text(4000).min(2),
  conclusion: z.enum(spotCheckConclusions),
});

export const issueNoticeBodySchema = z.object({
  organizationId: z.uuid(),
  kind: z.enum(supervisionNoticeKinds),
  spotCheckId: z.uuid().optional(),
  problems: text(4000).min(2),
  requirements: text(4000).min(2),
  deadline: z.iso.date().optional(),
  heldAt: z.iso.datetime({ offset: true }).optional(),
  place: text(100).min(2).optional(),
  participants: text(200).min(2).optional(),
});

export const listNoticesQuerySchema = listQuerySchema.extend({
  kind: z.enum(supervisionNoticeKinds).optional(),
  state: z.enum(supervisionNoticeStates).optional(),
  organizationId: z.uuid().optional(),
  /** Only rectifications waiting for the issuer to accept or reject a report. */
  awaitingReview: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export const reportRectificationBodySchema = z.object({
  report: text(4000).min(2),
  attachmentId: z.uuid().optional(),
});

export const reviewRectificationBodySchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept'), note: text(1000).optional() }),
  z.object({ decision: z.literal('reject'), note: text(1000).min(2) }),
]);

export const idParamsSchema = z.object({ id: z.uuid() });
