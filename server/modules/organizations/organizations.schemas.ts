import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { creditCodeSchema, mobileSchema, residentIdSchema } from '../../platform/validators';
import { orgClasses, orgStatuses } from './organizations.tables';

export const listOrganizationsQuerySchema = listQuerySchema.extend({
  jurisdictionCode: divisionCodeSchema.optional(),
  orgClass: z.enum(orgClasses).optional(),
  category: z.string().max(50).optional(),
  status: z.enum(orgStatuses).optional(),
  hub: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

const text = (max: number) => z.string().trim().max(max);

const recordedOrganization = {
  name: text(100).min(2),
  category: z.string().regex(/^[a-z_]{2,50}$/),
  jurisdictionCode: divisionCodeSchema,
  address: text(200).optional(),
  foundedOn: z.iso.date().optional(),
  purpose: text(2000).optional(),
  businessScope: text(2000).optional(),
  memberCount: z.number().int().min(0).max(100_000).optional(),
  leaderName: text(50).min(1),
  leaderIdNumber: residentIdSchema.optional(),
  leaderPhone: mobileSchema.optional(),
  leaderPartyMember: z.boolean().optional(),
};

/** A registered legal person (依法登记), recorded by the bureau with its unified social credit code. */
export const recordRegisteredBodySchema = z.object({ ...recordedOrganization, creditCode: creditCodeSchema });

/** A community-guided small group (社区指导), recorded by the committee with lighter data. */
export const recordGuidedBodySchema = z.object(recordedOrganization);

export const organizationIdParamsSchema = z.object({ id: z.uuid() });
