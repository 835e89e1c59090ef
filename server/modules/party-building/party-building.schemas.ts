import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { mobileSchema } from '../../platform/validators';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { partyOrganizationStatuses } from './party-building.tables';

const text = (max: number) => z.string().trim().max(max);
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * Which organizations the statistics count: active filed and registered ones; community-guided
 * groups (not filed) only when asked, since 两个覆盖 is reckoned over filed and registered ones.
 */
const coverageBase = z.object({
  jurisdictionCode: divisionCodeSchema.optional(),
  includeGuided: flag.default(false),
});

export const coverageQuerySchema = coverageBase.extend({ format: listQuerySchema.shape.format });

/** Organizations without organizational coverage (no own or joint branch), by status. */
export const uncoveredQuerySchema = listQuerySchema.extend(coverageBase.shape).extend({
  status: z.enum(['instructor', 'none']).optional(),
});

export const organizationIdParamsSchema = z.object({ id: z.uuid() });

export const updatePartyBuildingBodySchema = z.object({
  status: z.enum(partyOrganizationStatuses),
  branchName: text(100).optional(),
  extraPartyMembers: z.number().int().min(0).max(10_000).default(0),
  instructorName: text(50).optional(),
  /** Left out: the phone on record stays while the instructor is the same. */
  instructorPhone: mobileSchema.optional(),
  instructorAssignedOn: z.iso.date().optional(),
  note: text(2000).optional(),
}).superRefine((body, issues) => {
  if ((body.status === 'own_branch' || body.status === 'joint_branch') && !body.branchName) {
    issues.addIssue({ code: 'custom', path: ['branchName'], message: 'partyBranchNameRequired' });
  }
  if (body.status === 'instructor' && !body.instructorName) {
    issues.addIssue({ code: 'custom', path: ['instructorName'], message: 'partyInstructorRequired' });
  }
  if (body.instructorPhone && !body.instructorName) {
    issues.addIssue({ code: 'custom', path: ['instructorName'], message: 'partyInstructorRequired' });
  }
  // An organization with an instructor is covered by work: its status says so.
  if (body.status === 'none' && body.instructorName) {
    issues.addIssue({ code: 'custom', path: ['status'], message: 'partyStatusNoneWithInstructor' });
  }
});
export type UpdatePartyBuildingBody = z.infer<typeof updatePartyBuildingBodySchema>;
