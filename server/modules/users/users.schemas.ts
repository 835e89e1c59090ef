import { z } from 'zod';
import { roles } from '../../platform/policy/roles';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { mobileSchema } from '../../platform/validators';

export const userStatuses = ['active', 'disabled'] as const;

export const userViewSchema = z.object({
  id: z.uuid(),
  districtCode: z.string(),
  username: z.string(),
  displayName: z.string(),
  phoneMasked: z.string().nullable(),
  role: z.enum(roles),
  jurisdictionCode: z.string(),
  jurisdictionName: z.string().optional(),
  organizationId: z.string().nullable(),
  status: z.enum(userStatuses),
  createdAt: z.string(),
});

export const usernameSchema = z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9_.-]{2,31}$/, 'usernameFormat');
const displayNameSchema = z.string().trim().min(1).max(64);

export const listUsersQuerySchema = listQuerySchema.extend({
  role: z.enum(roles).optional(),
  status: z.enum(userStatuses).optional(),
  /** Limits the list to this node's subtree (inside the actor's own). */
  jurisdictionCode: divisionCodeSchema.optional(),
});

export const createUserBodySchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  phone: mobileSchema.optional(),
  role: z.enum(roles),
  jurisdictionCode: divisionCodeSchema,
});

export const updateUserBodySchema = z
  .object({
    displayName: displayNameSchema,
    phone: mobileSchema.nullable(),
    role: z.enum(roles),
    jurisdictionCode: divisionCodeSchema,
    status: z.enum(userStatuses),
    /** Hub and organization accounts: the organization they work for (null unlinks). */
    organizationId: z.uuid().nullable(),
  })
  .partial();

export const userIdParamsSchema = z.object({ id: z.uuid() });
