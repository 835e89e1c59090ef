import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { creditListKinds, creditRequestKinds } from './credit-lists.tables';

const text = (max: number) => z.string().trim().max(max);

export const listCreditEntriesQuerySchema = listQuerySchema.extend({
  list: z.enum(creditListKinds).optional(),
  /** on: still listed · removed: left the list · all. */
  status: z.enum(['on', 'removed', 'all']).default('on'),
  jurisdictionCode: divisionCodeSchema.optional(),
  organizationId: z.uuid().optional(),
  /** Entries with a request waiting for a decision. */
  pending: z.stringbool().optional(),
});

/** Staff put an organization on the abnormal list for an unfixed rectification or a decision of their own. */
export const enterCreditEntryBodySchema = z.object({
  organizationId: z.uuid(),
  cause: z.enum(['unfixed_rectification', 'staff_decision']),
  causeRef: z.uuid().optional(),
  reason: text(2000).min(4),
  causeOn: z.iso.date(),
});

export const creditRequestBodySchema = z.object({
  kind: z.enum(creditRequestKinds),
  statement: text(4000).min(4),
  attachmentId: z.uuid().optional(),
});

export const decideCreditRequestBodySchema = z.object({
  decision: z.enum(['granted', 'refused']),
  note: text(2000).min(2),
});

export const removeCreditEntryBodySchema = z.object({ note: text(2000).min(2) });

export const creditEntryIdParamsSchema = z.object({ id: z.uuid() });
export const creditRequestParamsSchema = z.object({ id: z.uuid(), requestId: z.uuid() });

export const publicCreditListQuerySchema = listQuerySchema.pick({ page: true, pageSize: true, q: true }).extend({
  list: z.enum(creditListKinds).default('abnormal'),
  jurisdictionCode: divisionCodeSchema.optional(),
});
