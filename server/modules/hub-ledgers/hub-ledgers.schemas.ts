import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { hubLedgerStates } from './hub-ledger.workflow';
import { periodPattern } from './half-year';

export const periodSchema = z.string().trim().toUpperCase().regex(periodPattern, 'hubLedgerPeriodFormat');

export const designateHubBodySchema = z.object({
  /** The street (9 digits) the hub serves; null takes the designation away. */
  hubStreetCode: z.string().regex(/^\d{9}$/, 'hubStreetInvalid').nullable(),
});

export const listHubOrganizationsQuerySchema = listQuerySchema.extend({
  jurisdictionCode: divisionCodeSchema.optional(),
});

export const listHubLedgersQuerySchema = listQuerySchema.extend({
  period: periodSchema.optional(),
  state: z.enum(hubLedgerStates).optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** A street (or any node) inside the actor's subtree. */
  jurisdictionCode: divisionCodeSchema.optional(),
});

export const generateHubLedgerBodySchema = z.object({ period: periodSchema });

export const hubLedgerRemarksBodySchema = z.object({ remarks: z.string().trim().max(2000) });

export const hubLedgerTransitionBodySchema = z.object({
  action: z.enum(['submit', 'acknowledge', 'return']),
  opinion: z.string().trim().max(2000).optional(),
});

export const hubLedgerIdParamsSchema = z.object({ id: z.uuid() });
