import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { creditCodeSchema } from '../../platform/validators';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { registeredTypes } from '../organizations/organizations.tables';
import { candidateStatuses } from './registration-ledger.tables';

/** Listed as a registration candidate (拟登记), a demonstration point (培育示范点), or both. */
export const candidateKinds = ['candidate', 'demonstration'] as const;

const text = (max: number) => z.string().trim().max(max);

export const listRegistrationCandidatesQuerySchema = listQuerySchema.extend({
  status: z.enum(candidateStatuses).optional(),
  kind: z.enum(candidateKinds).optional(),
  jurisdictionCode: divisionCodeSchema.optional(),
});

export const addRegistrationCandidateBodySchema = z.object({
  organizationId: z.uuid(),
  isCandidate: z.boolean().default(true),
  isDemonstration: z.boolean().default(false),
  reason: text(2000).min(2),
});

export const updateRegistrationCandidateBodySchema = z.object({
  isCandidate: z.boolean(),
  isDemonstration: z.boolean(),
  reason: text(2000).min(2),
}).partial();

export const addRegistrationVisitBodySchema = z.object({
  visitedOn: z.iso.date(),
  visitors: text(200).min(1),
  content: text(4000).min(2),
});

export const recordRegistrationOutcomeBodySchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('registered'),
    creditCode: creditCodeSchema,
    registeredType: z.enum(registeredTypes),
    registrationAuthority: text(100).min(2),
    registeredOn: z.iso.date(),
    note: text(2000).optional(),
  }),
  z.object({ outcome: z.literal('dropped'), note: text(2000).min(2) }),
]);

export const registrationCandidateIdParamsSchema = z.object({ id: z.uuid() });
