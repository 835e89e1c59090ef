import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';

const dateRange = {
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
};

export const listAuditQuerySchema = listQuerySchema.extend({
  action: z.string().max(64).optional(),
  outcome: z.enum(['success', 'denied', 'failed']).optional(),
  ...dateRange,
});

export const auditRowSchema = z.object({
  id: z.number(),
  districtCode: z.string(),
  /** The row's place in its district's chain; null until the row is sealed. */
  seq: z.number().nullable(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  jurisdictionCode: z.string(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  outcome: z.string(),
  sourceAddress: z.string().nullable(),
  details: z.unknown(),
});

export const chainVerificationSchema = z.object({
  ok: z.boolean(),
  checkedRows: z.number(),
  districts: z.number(),
  pending: z.number(),
  firstBroken: z.object({ districtCode: z.string(), seq: z.number(), reason: z.string() }).optional(),
});

export const listLoginLogQuerySchema = listQuerySchema.extend({
  username: z.string().max(64).optional(),
  success: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  ...dateRange,
});

export const loginEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  username: z.string(),
  jurisdictionCode: z.string(),
  success: z.boolean(),
  outcome: z.string(),
  sourceAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
});
