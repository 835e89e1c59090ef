import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { workReportStates } from './work-reports.tables';
import { reportPeriodPattern } from './report-period';

export const reportPeriodSchema = z.string().trim().toUpperCase().regex(reportPeriodPattern, 'workReportPeriodFormat');

/** Money in integer fen (the console enters yuan and sends fen). */
const fenSchema = z.number().int().min(0).max(100_000_000_000);

export const workReportContentSchema = z.object({
  activitiesHeld: z.number().int().min(0).max(10_000),
  participants: z.number().int().min(0).max(10_000_000),
  fundsInFen: fenSchema,
  fundsOutFen: fenSchema,
  summary: z.string().trim().min(1).max(5000),
  plans: z.string().trim().min(1).max(3000),
});

export const submitWorkReportBodySchema = workReportContentSchema.extend({
  organizationId: z.uuid(),
  period: reportPeriodSchema,
});

export const workReportPrefillParamsSchema = z.object({
  id: z.uuid(),
  period: reportPeriodSchema,
});

export const reviewWorkReportBodySchema = z.object({
  action: z.enum(['acknowledge', 'return']),
  note: z.string().trim().max(2000).optional(),
});

export const listWorkReportsQuerySchema = listQuerySchema.extend({
  period: reportPeriodSchema.optional(),
  state: z.enum(workReportStates).optional(),
  /** A community (or any node) inside the actor's subtree. */
  jurisdictionCode: divisionCodeSchema.optional(),
  organizationId: z.uuid().optional(),
});

export const listMissingWorkReportsQuerySchema = listQuerySchema.extend({
  /** Defaults to the last period that has ended. */
  period: reportPeriodSchema.optional(),
  jurisdictionCode: divisionCodeSchema.optional(),
});

export const workReportIdParamsSchema = z.object({ id: z.uuid() });
