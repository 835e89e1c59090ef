import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, type Scope } from '../../platform/policy/policy';
import { passwordHistory, users } from './users.tables';

/**
 * Replaces an account's password hash, keeping the old one in the history (for the no-reuse rule).
 * The caller has checked permission for this user, and runs it in its transaction.
 */
export async function setPassword(
  tx: Db,
  user: { districtCode: string; id: string; passwordHash: string },
  newHash: string,
  options: { mustChange: boolean; scope: Scope },
): Promise<void> {
  await tx.insert(passwordHistory).values({ districtCode: user.districtCode, userId: user.id, passwordHash: user.passwordHash });
  await tx
    .update(users)
    .set({ passwordHash: newHash, passwordChangedAt: new Date(), mustChangePassword: options.mustChange, updatedAt: new Date() })
    .where(and(eq(users.districtCode, user.districtCode), eq(users.id, user.id), inScope(options.scope, users)));
}
