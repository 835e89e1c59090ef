import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { dormantStates } from './dormant.tables';

const text = (max: number) => z.string().trim().max(max);

export const contactChannels = ['phone', 'visit', 'letter'] as const;

export const recordContactAttemptBodySchema = z.object({
  attemptedOn: z.iso.date(),
  channel: z.enum(contactChannels),
  reached: z.boolean(),
  note: text(500).optional(),
});

export const listProposalsQuerySchema = listQuerySchema.extend({
  state: z.enum(dormantStates).optional(),
  jurisdictionCode: divisionCodeSchema.optional(),
  organizationId: z.uuid().optional(),
});

export const dormantDecisions = ['deregister', 'rectify', 'reactivate', 'dismissed'] as const;

export const decideProposalBodySchema = z.object({
  decision: z.enum(dormantDecisions),
  note: text(2000).min(2),
  /** Rectify only: the notice's deadline. */
  deadline: z.iso.date().optional(),
});

export const idParamsSchema = z.object({ id: z.uuid() });
