import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { mobileSchema, residentIdSchema } from '../../platform/validators';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { enrolmentSources } from './volunteers.tables';

const text = (max: number) => z.string().trim().max(max);
const codes = z.array(z.string().trim().regex(/^[a-z0-9_]{1,50}$/, 'dictionaryCodeFormat')).max(20).default([]);
const availability = text(200).optional();
const communityCode = z.string().regex(/^\d{12}$/, 'volunteerCommunityUnknown');

/** What a volunteer tells about themselves, on the portal or to the clerk who enrols them. */
const volunteerFacts = {
  name: text(50).min(2),
  idNumber: residentIdSchema,
  phone: mobileSchema,
  /** The home community (社区/村). */
  jurisdictionCode: communityCode,
  skills: codes,
  interests: codes,
  availability,
};

/** 志愿者注册 on the portal: the account's password and the consent come with the facts. */
export const registerVolunteerBodySchema = z.object({
  ...volunteerFacts,
  password: z.string().min(1).max(128),
  consent: z.literal(true, 'volunteerConsentRequired'),
});

/** Enrolment by a committee or an organization: the person signed the consent on paper. */
export const enrolVolunteerBodySchema = z.object({
  ...volunteerFacts,
  teamId: z.uuid().optional(),
  consentOnPaper: z.literal(true, 'volunteerConsentOnPaper'),
});

export const updateOwnVolunteerBodySchema = z.object({ skills: codes, interests: codes, availability: text(200).nullable() }).partial();

export const listVolunteersQuerySchema = listQuerySchema.extend({
  jurisdictionCode: divisionCodeSchema.optional(),
  skill: z.string().regex(/^[a-z0-9_]{1,50}$/).optional(),
  teamId: z.uuid().optional(),
  source: z.enum(enrolmentSources).optional(),
});

export const importVolunteersQuerySchema = z.object({ teamId: z.uuid().optional() });

export const volunteerIdParamsSchema = z.object({ id: z.uuid() });
export const ownTeamParamsSchema = z.object({ teamId: z.uuid() });
export const teamMemberParamsSchema = z.object({ id: z.uuid(), volunteerId: z.uuid() });

const managerUserId = z.uuid().nullable().optional();

export const createStationBodySchema = z.object({
  name: text(100).min(2),
  jurisdictionCode: divisionCodeSchema,
  address: text(200).optional(),
  managerUserId,
});

export const updateStationBodySchema = z.object({
  name: text(100).min(2),
  address: text(200).nullable(),
  managerUserId,
}).partial();

/** A team is an organization's, a station's, or (neither given) the committee's or street's own at `jurisdictionCode`. */
export const createTeamBodySchema = z.object({
  name: text(100).min(2),
  jurisdictionCode: divisionCodeSchema.optional(),
  stationId: z.uuid().optional(),
  organizationId: z.uuid().optional(),
  managerUserId,
});

export const updateTeamBodySchema = z.object({ name: text(100).min(2), managerUserId }).partial();

export const listStationsQuerySchema = listQuerySchema.extend({ jurisdictionCode: divisionCodeSchema.optional() });

export const listTeamsQuerySchema = listQuerySchema.extend({
  jurisdictionCode: divisionCodeSchema.optional(),
  stationId: z.uuid().optional(),
  organizationId: z.uuid().optional(),
});

export const addTeamMemberBodySchema = z.object({ volunteerId: z.uuid() });
