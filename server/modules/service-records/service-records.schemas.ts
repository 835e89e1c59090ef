import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { creditRecordKinds, creditRecordStatuses, serviceRecordKinds } from './service-records.tables';

const text = (max: number) => z.string().trim().max(max);
const dictionaryCode = z.string().regex(/^[a-z0-9_]{1,50}$/);

export const idParamsSchema = z.object({ id: z.uuid() });

/** Without `signupIds`, every attended sign-up of the activity is confirmed. */
export const confirmServiceBodySchema = z.object({
  signupIds: z.array(z.uuid()).min(1).max(500).optional(),
});

/** A correction: the record is reversed with a reason, and rewritten with the right minutes when given. */
export const reverseServiceRecordBodySchema = z.object({
  reason: text(200).min(2),
  correctedMinutes: z.number().int().min(1).max(1440).optional(),
});

const period = {
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
};
const periodInOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const periodError = { message: 'serviceRecordDateRange', path: ['to'] };

export const listServiceRecordsQuerySchema = listQuerySchema.extend({
  ...period,
  volunteerId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  stationId: z.uuid().optional(),
  organizationId: z.uuid().optional(),
  jurisdictionCode: divisionCodeSchema.optional(),
  serviceType: dictionaryCode.optional(),
  kind: z.enum(serviceRecordKinds).optional(),
}).refine(periodInOrder, periodError);
export type ServiceRecordFilters = z.infer<typeof listServiceRecordsQuerySchema>;

export const serviceTotalsGroups = ['volunteer', 'team', 'station', 'place', 'month'] as const;
export type ServiceTotalsGroup = (typeof serviceTotalsGroups)[number];

export const serviceTotalsQuerySchema = listQuerySchema.pick({ page: true, pageSize: true, format: true }).extend({
  ...period,
  by: z.enum(serviceTotalsGroups).default('volunteer'),
  jurisdictionCode: divisionCodeSchema.optional(),
  serviceType: dictionaryCode.optional(),
}).refine(periodInOrder, periodError);

export const pageQuerySchema = listQuerySchema.pick({ page: true, pageSize: true });

/** Staff name the volunteer; a volunteer asks for themself and leaves it out. */
export const issueServiceCertificateBodySchema = z.object({ volunteerId: z.uuid().optional() });

export const verifyServiceCertificateQuerySchema = z.object({
  token: z.string().max(2000).optional(),
  number: z.string().trim().min(3).max(40).optional(),
}).refine((q) => q.token || q.number, { message: 'certificateQueryMissing', path: ['number'] });

export const listCreditRecordsQuerySchema = listQuerySchema.extend({
  volunteerId: z.uuid().optional(),
  kind: z.enum(creditRecordKinds).optional(),
  status: z.enum(creditRecordStatuses).optional(),
  jurisdictionCode: divisionCodeSchema.optional(),
});

/** Staff and managers record complaints and commendations; no-shows and late cancellations come from the activity. */
export const recordCreditBodySchema = z.object({
  volunteerId: z.uuid(),
  kind: z.enum(['complaint', 'commendation']),
  reason: text(500).min(2),
  activityId: z.uuid().optional(),
});

export const contestCreditBodySchema = z.object({ reason: text(500).min(5) });

export const decideCreditBodySchema = z.object({
  outcome: z.enum(['upheld', 'withdrawn']),
  note: text(500).min(2),
});
