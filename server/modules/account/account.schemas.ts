import { z } from 'zod';
import { userViewSchema } from '../users/users.schemas';

export const logInBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});

export const sessionViewSchema = z.object({
  user: userViewSchema,
  /** Actions the UI may offer (policy rules that pass for this user). */
  permissions: z.array(z.string()),
  csrfToken: z.string(),
  /** True when the password must be changed before anything else works. */
  passwordExpired: z.boolean(),
});

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(1).max(128),
});

export const mySessionSchema = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  sourceAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
});
