import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import type { FieldKeys } from '../../platform/crypto/sm';
import { blindIndex, encryptField } from '../../platform/crypto/sm';
import { districtCodeOf } from '../../platform/db/columns';
import { ConflictError, ValidationError } from '../../platform/errors';
import { levelOfCode, roleLevels, type Role } from '../../platform/policy/roles';
import { jurisdictions } from '../jurisdictions/jurisdictions.tables';
import { loginNames, users } from './users.tables';

export type NewUser = {
  username: string;
  displayName: string;
  phone?: string | null;
  role: Role;
  jurisdictionCode: string;
  organizationId?: string | null;
  passwordHash: string;
  mustChangePassword: boolean;
};

/**
 * Writes an account and its login name. Shared by the admin action, the first-admin command and
 * the demo data; callers check who may create it.
 */
export async function insertUser(tx: Db, keys: FieldKeys, input: NewUser) {
  const username = input.username.toLowerCase();
  const [node] = await tx.select({ code: jurisdictions.code }).from(jurisdictions).where(eq(jurisdictions.code, input.jurisdictionCode));
  if (!node) {
    throw new ValidationError('validation', {}, [{ path: 'jurisdictionCode', key: 'jurisdictionUnknown', params: { code: input.jurisdictionCode } }]);
  }
  const level = levelOfCode(input.jurisdictionCode);
  if (!roleLevels[input.role].includes(level)) {
    throw new ValidationError('validation', {}, [{ path: 'role', key: 'roleLevelMismatch', params: { role: input.role, level } }]);
  }
  const districtCode = districtCodeOf(input.jurisdictionCode);
  const [taken] = await tx.select({ u: loginNames.username }).from(loginNames).where(eq(loginNames.username, username));
  if (taken) throw new ConflictError('usernameTaken', {}, [{ path: 'username', key: 'usernameTaken' }]);
  const [user] = await tx
    .insert(users)
    .values({
      districtCode,
      username,
      displayName: input.displayName,
      phoneEnc: input.phone ? encryptField(keys, input.phone) : null,
      phoneIndex: input.phone ? blindIndex(keys, input.phone) : null,
      role: input.role,
      jurisdictionCode: input.jurisdictionCode,
      organizationId: input.organizationId ?? null,
      passwordHash: input.passwordHash,
      mustChangePassword: input.mustChangePassword,
    })
    .returning();
  await tx.insert(loginNames).values({ username, districtCode, userId: user.id });
  return user;
}
