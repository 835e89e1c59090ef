import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { majorActivityKinds, majorActivityStates } from './major-activities.tables';

const text = (max: number) => z.string().trim().min(1).max(max);

export const reportMajorActivityBodySchema = z.object({
  organizationId: z.uuid(),
  kind: z.enum(majorActivityKinds),
  title: text(100),
  venue: text(200),
  startsAt: z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
  endsAt: z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
  expectedParticipants: z.number().int().min(1).max(1_000_000),
  safetyPlan: text(5000),
}).refine((b) => b.endsAt > b.startsAt, { path: ['endsAt'], message: 'majorActivityEndsBeforeStart' });

export const reviewMajorActivityBodySchema = z.object({
  action: z.enum(['acknowledge', 'return']),
  note: z.string().trim().max(2000).optional(),
});

export const listMajorActivitiesQuerySchema = listQuerySchema.extend({
  state: z.enum(majorActivityStates).optional(),
  late: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  acknowledgerLevel: z.enum(['committee', 'street']).optional(),
  /** Only activities not yet started. */
  upcoming: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  jurisdictionCode: divisionCodeSchema.optional(),
  organizationId: z.uuid().optional(),
});

export const majorActivityIdParamsSchema = z.object({ id: z.uuid() });
