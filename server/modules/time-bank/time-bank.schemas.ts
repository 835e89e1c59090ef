import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { residentIdSchema } from '../../platform/validators';
import { settingDefinitions } from '../../platform/settings/settings';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { ledgerUnits } from './ledger.tables';

/** Every relationship a place may allow a transfer to (`timeBank.transferRelations` chooses among them). */
export const transferRelations = settingDefinitions['timeBank.transferRelations'].schema.element.options;
export type TransferRelation = (typeof transferRelations)[number];

/** Far above any lifetime cap: a larger number is a typing slip, not a request. */
const maxMinutes = 10_000_000;
const minutes = z.number({ error: 'timeBankMinutesInvalid' }).int('timeBankMinutesInvalid').min(1, 'timeBankMinutesInvalid').max(maxMinutes, 'timeBankMinutesInvalid');
/** Chosen by the client when a form opens: a retry with the same key answers the original result. */
const idempotencyKey = z.string({ error: 'idempotencyKeyInvalid' }).trim().min(8, 'idempotencyKeyInvalid').max(100, 'idempotencyKeyInvalid');
const personName = z.string().trim().min(1).max(50);

export const withdrawBodySchema = z.object({
  minutes,
  serviceType: z.string({ error: 'timeBankServiceTypeUnknown' }).trim().min(1, 'timeBankServiceTypeUnknown').max(50),
  note: z.string().trim().max(200).optional(),
  idempotencyKey,
});

export const transferBodySchema = z.object({
  recipientIdNumber: residentIdSchema,
  recipientName: personName,
  relationship: z.enum(transferRelations),
  minutes,
  idempotencyKey,
});

export const donateBodySchema = z.object({
  minutes,
  to: z.enum(['pool', 'elder']),
  recipientIdNumber: residentIdSchema.optional(),
  recipientName: personName.optional(),
  idempotencyKey,
}).superRefine((body, issues) => {
  if (body.to !== 'elder') return;
  for (const path of ['recipientIdNumber', 'recipientName'] as const) {
    if (!body[path]) issues.addIssue({ code: 'custom', path: [path], message: 'timeBankElderRequired' });
  }
});

/** A page of an account's history, both units or one. */
export const historyQuerySchema = listQuerySchema.pick({ page: true, pageSize: true }).extend({ unit: z.enum(ledgerUnits).optional() });

export const listAccountsQuerySchema = listQuerySchema.extend({ jurisdictionCode: divisionCodeSchema.optional() });

export const volunteerIdParamsSchema = z.object({ volunteerId: z.uuid() });

export const jurisdictionSettingsQuerySchema = z.object({ jurisdictionCode: divisionCodeSchema.optional() });

/** The key is checked by the action, after the permission (a wrong role is a 403, whatever the key). */
export const jurisdictionSettingParamsSchema = z.object({ code: divisionCodeSchema, key: z.string().max(100) });

/** `null` clears the place's own value, so it inherits again. */
export const jurisdictionSettingBodySchema = z.object({ value: z.json() });
