import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context';
import { ConflictError, ValidationError } from '../../platform/errors';
import { checkPasswordPolicy, hashPassword } from '../../platform/auth/passwords';
import { recordAudit } from '../../platform/audit/audit';
import { loginNames } from '../users/users.tables';
import { insertUser } from '../users/insert-user';
import { openSession } from '../account/open-session';
import { insertVolunteer, volunteerConsentVersion } from './insert-volunteer';
import { findVolunteerFactErrors } from './volunteer-facts';
import type { registerVolunteerBodySchema } from './volunteers.schemas';

/**
 * 志愿者注册 on the portal: a `volunteer` account (its username the mobile number) at the home
 * community and the volunteer record, with the consent's version, in one transaction with the audit
 * row; then the new account is signed in as a login would. Any refusal writes nothing.
 */
export async function registerVolunteer({ ctx, input }: { ctx: Ctx; input: z.infer<typeof registerVolunteerBodySchema> }) {
  const { settings, fieldKeys } = ctx.services;
  const passwordErrors = checkPasswordPolicy(input.password, {
    minLength: await settings.get('password.minLength'),
    minClasses: await settings.get('password.minClasses'),
  }, input.phone).map((e) => ({ ...e, path: 'password' }));
  const errors = [...await findVolunteerFactErrors(ctx.db, input), ...passwordErrors];
  if (errors.length) throw new ValidationError('validation', {}, errors);
  const [taken] = await ctx.db.select({ username: loginNames.username }).from(loginNames).where(eq(loginNames.username, input.phone));
  if (taken) throw new ConflictError('volunteerPhoneTaken', {}, [{ path: 'phone', key: 'volunteerPhoneTaken' }]);

  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const user = await insertUser(tx, fieldKeys, {
      username: input.phone, displayName: input.name, phone: input.phone, role: 'volunteer', jurisdictionCode: input.jurisdictionCode,
      passwordHash, mustChangePassword: false,
    });
    const volunteer = await insertVolunteer(tx, fieldKeys, { ...input, userId: user.id, source: 'self' });
    await recordAudit(tx, {
      userId: user.id, username: user.username, role: user.role, jurisdictionCode: user.jurisdictionCode, sourceAddress: ctx.sourceAddress,
    }, { action: 'volunteer.register', targetType: 'volunteer', targetId: volunteer.id, details: { consentVersion: volunteerConsentVersion } });
    return openSession(tx, ctx, user);
  });
}
