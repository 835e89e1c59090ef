import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { mobileSchema } from '../../platform/validators';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { activityHostTypes, activityStatuses, helpRequestStatuses, signupStatuses } from './activities.tables';

const text = (max: number) => z.string().trim().max(max);
/** A dictionary code (`service_type`, `target_group`, `skill`); the action checks it exists. */
const dictionaryCode = z.string().trim().regex(/^[a-z0-9_]{1,50}$/, 'dictionaryCodeFormat');
const dictionaryCodes = z.array(dictionaryCode).max(20).default([]).transform((codes) => [...new Set(codes)]);
const instant = z.iso.datetime({ offset: true });

export const activityIdParamsSchema = z.object({ id: z.uuid() });
export const signupParamsSchema = z.object({ id: z.uuid(), signupId: z.uuid() });

export const publishActivityBodySchema = z.object({
  title: text(100).min(2),
  description: text(4000).optional(),
  serviceType: dictionaryCode,
  groupsServed: dictionaryCodes,
  skillsWanted: dictionaryCodes,
  /** Where it takes place: a street or a community. */
  jurisdictionCode: divisionCodeSchema,
  address: text(200).min(2),
  startsAt: instant,
  endsAt: instant,
  capacity: z.number().int().min(1).max(10_000),
  hostType: z.enum(activityHostTypes),
  /** The station, team or organization; none when the committee (or street office) hosts. */
  hostId: z.uuid().optional(),
  /** Confirms check-ins and hours; the publisher when not given. */
  managerUserId: z.uuid().optional(),
});

export const updateActivityBodySchema = z.object({
  title: text(100).min(2),
  description: text(4000),
  address: text(200).min(2),
  capacity: z.number().int().min(1).max(10_000),
  startsAt: instant,
  endsAt: instant,
}).partial();

export const cancelActivityBodySchema = z.object({ reason: text(500).min(2) });

export const listActivitiesQuerySchema = listQuerySchema.extend({
  status: z.enum(activityStatuses).optional(),
  serviceType: dictionaryCode.optional(),
  jurisdictionCode: divisionCodeSchema.optional(),
  /** Activities starting from / before these instants. */
  from: instant.optional(),
  to: instant.optional(),
});

export const publicActivitiesQuerySchema = listQuerySchema.omit({ format: true }).extend({
  /** A place code: the activities in its subtree. */
  place: divisionCodeSchema.optional(),
  serviceType: dictionaryCode.optional(),
});

export const mySignupsQuerySchema = listQuerySchema.omit({ format: true, q: true }).extend({
  activityId: z.uuid().optional(),
  status: z.enum(signupStatuses).optional(),
});

export const checkInCodeBodySchema = z.object({ code: z.string().trim().regex(/^\d{8}$/, 'checkInCodeFormat') });

/** A manager's record for someone without a phone; `at` defaults to now and must fall inside the window. */
export const recordAttendanceBodySchema = z.object({ at: instant.optional() }).nullish();

export const listHelpRequestsQuerySchema = listQuerySchema.extend({
  status: z.enum(helpRequestStatuses).optional(),
  serviceType: dictionaryCode.optional(),
  jurisdictionCode: divisionCodeSchema.optional(),
});

export const createHelpRequestBodySchema = z.object({
  requesterName: text(50).min(1),
  requesterPhone: mobileSchema.optional(),
  targetGroup: dictionaryCode.optional(),
  serviceType: dictionaryCode,
  skillsWanted: dictionaryCodes,
  description: text(2000).min(2),
  jurisdictionCode: divisionCodeSchema,
  address: text(200).optional(),
  neededFrom: instant.optional(),
  neededUntil: instant.optional(),
});

export const helpRequestIdParamsSchema = z.object({ id: z.uuid() });

export const matchHelpRequestBodySchema = z.object({
  activityId: z.uuid().optional(),
  volunteerId: z.uuid().optional(),
  note: text(200).optional(),
});

export const closeHelpRequestBodySchema = z.object({ note: text(500).min(2) });
