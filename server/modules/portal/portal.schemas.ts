import { z } from 'zod';
import { publicAnnualReportSchema } from '../annual-reports/public-annual-reports';
import { listQuerySchema, listResponseSchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { certificateStatuses } from '../certificates/certificates.tables';

/** The classes the public directory lists (community-guided groups are not published). */
export const publicOrgClasses = ['filed', 'registered'] as const;
/** The statuses the public may see: never drafts, never rejected filings. */
export const publicOrgStatuses = ['active', 'terminated', 'revoked'] as const;

export const publicDirectoryQuerySchema = listQuerySchema.pick({ page: true, pageSize: true, q: true }).extend({
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
  /** Any node of the division tree: its whole subtree. */
  place: divisionCodeSchema.optional(),
  category: z.string().regex(/^[a-z_]{2,50}$/).optional(),
  orgClass: z.enum(publicOrgClasses).optional(),
  status: z.enum(publicOrgStatuses).optional(),
});

const certificateView = {
  certificateNumber: z.string().nullable(),
  certificateStatus: z.enum(certificateStatuses).nullable(),
};

export const publicDirectoryItemSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  orgClass: z.enum(publicOrgClasses),
  category: z.string(),
  streetName: z.string().nullable(),
  communityName: z.string().nullable(),
  status: z.enum(publicOrgStatuses),
  ...certificateView,
});

export const publicDirectoryResponseSchema = listResponseSchema(publicDirectoryItemSchema);

export const publicOrganizationParamsSchema = z.object({ id: z.uuid() });

/** An organization's public page: basic information only; the leader by surname, no numbers of people. */
export const publicOrganizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  orgClass: z.enum(publicOrgClasses),
  category: z.string(),
  status: z.enum(publicOrgStatuses),
  place: z.array(z.object({ code: z.string(), name: z.string() })),
  address: z.string().nullable(),
  foundedOn: z.string().nullable(),
  purpose: z.string().nullable(),
  businessScope: z.string().nullable(),
  memberCount: z.number().int(),
  leader: z.string().nullable(),
  /** Registered legal persons: their unified social credit code, a public identifier. */
  creditCode: z.string().nullable(),
  filedAt: z.string().nullable(),
  ...certificateView,
  charter: z.array(z.object({ key: z.string(), titleZh: z.string(), titleEn: z.string(), text: z.string() })),
  notices: z.array(z.object({ id: z.uuid(), kind: z.string(), startsAt: z.string(), endsAt: z.string(), onNotice: z.boolean() })),
  annualReports: z.array(publicAnnualReportSchema),
});

export const publicPlacesQuerySchema = z.object({ parent: divisionCodeSchema.optional() });

export const publicPlacesResponseSchema = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string(), level: z.number().int(), hasChildren: z.boolean() })),
});

export const publicCategoriesResponseSchema = z.object({
  items: z.array(z.object({ code: z.string(), labelZh: z.string(), labelEn: z.string() })),
});
