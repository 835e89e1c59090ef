import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { districtCodeOf } from '../../platform/db/columns';
import { inScope, systemScope } from '../../platform/policy/policy';
import type { Role } from '../../platform/policy/roles';
import { users } from '../users/users.tables';
import { notifications } from './notifications.tables';

/** Sends an in-app notification to one user, inside the caller's transaction. */
export async function notify(
  tx: Db,
  recipient: { districtCode: string; id: string },
  message: { title: string; body?: string; link?: string },
): Promise<void> {
  await tx.insert(notifications).values({ districtCode: recipient.districtCode, userId: recipient.id, ...message });
}

/**
 * Notifies every active account of a role sitting at one node (the next actor of a case: the
 * committee of a community, the street office of a street). Platform work, so the system scope.
 */
export async function notifyRoleAt(
  tx: Db,
  role: Role,
  jurisdictionCode: string,
  message: { title: string; body?: string; link?: string },
): Promise<number> {
  const recipients = await tx
    .select({ districtCode: users.districtCode, id: users.id })
    .from(users)
    .where(and(
      eq(users.districtCode, districtCodeOf(jurisdictionCode)), eq(users.jurisdictionCode, jurisdictionCode),
      eq(users.role, role), eq(users.status, 'active'), inScope(systemScope, users),
    ));
  for (const recipient of recipients) await notify(tx, recipient, message);
  return recipients.length;
}
