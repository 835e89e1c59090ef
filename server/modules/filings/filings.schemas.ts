import { z } from 'zod';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { mobileSchema, residentIdSchema } from '../../platform/validators';
import { charterParts } from '../organizations/charter';

const text = (max: number) => z.string().trim().max(max);

/** The organization's filed items, as the founder types them (all optional while drafting). */
export const organizationDraftSchema = z.object({
  name: text(100).min(2),
  category: z.string().regex(/^[a-z_]{2,50}$/),
  jurisdictionCode: divisionCodeSchema,
  address: text(200),
  foundedOn: z.iso.date(),
  purpose: text(2000),
  businessScope: text(2000),
  leaderName: text(50).min(1),
  leaderIdNumber: residentIdSchema,
  leaderPhone: mobileSchema,
  leaderPartyMember: z.boolean(),
  contactName: text(50),
  contactPhone: mobileSchema,
  fundingSource: text(200),
}).partial();

export const charterSchema = z.object(
  Object.fromEntries(charterParts.map((p) => [p.key, text(5000).optional()])) as Record<(typeof charterParts)[number]['key'], z.ZodOptional<z.ZodString>>,
);

export const startFilingBodySchema = organizationDraftSchema.required({ name: true, category: true, jurisdictionCode: true });
export const saveDraftBodySchema = z.object({ organization: organizationDraftSchema.optional(), charter: charterSchema.optional() });

export const rosterMemberInputSchema = z.object({
  name: text(50).min(1),
  idNumber: residentIdSchema,
  phone: mobileSchema.optional(),
  isLeader: z.boolean().default(false),
  partyMember: z.boolean().default(false),
});
export const replaceRosterBodySchema = z.object({ members: z.array(rosterMemberInputSchema).max(2000) });

export const transitionBodySchema = z.object({
  action: z.string().regex(/^[a-z_]{2,40}$/),
  opinion: text(2000).optional(),
  fieldsToFix: z.array(z.string().max(60)).max(40).optional(),
  attachmentIds: z.array(z.uuid()).max(20).optional(),
});

export const filingIdParamsSchema = z.object({ id: z.uuid() });

/** The members' meeting that decided to end the organization (seed 001 第三条). */
export const meetingRecordSchema = z.object({
  heldOn: z.iso.date(),
  membersPresent: z.number().int().min(1).max(100_000),
  votesFor: z.number().int().min(0).max(100_000),
  votesAgainst: z.number().int().min(0).max(100_000),
  abstentions: z.number().int().min(0).max(100_000),
  reason: text(2000).min(4),
  remainingAssets: text(2000).min(2),
});
export const startTerminationBodySchema = z.object({ meeting: meetingRecordSchema });
export const saveMeetingBodySchema = z.object({ meeting: meetingRecordSchema });
export const startRevocationBodySchema = z.object({ cause: text(2000).min(4) });
export const organizationCaseParamsSchema = z.object({ id: z.uuid() });
