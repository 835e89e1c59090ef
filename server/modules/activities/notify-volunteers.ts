import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { notify } from '../notifications/notify';
import { users } from '../users/users.tables';
import { volunteers } from '../volunteers/volunteers.tables';

/**
 * Sends one in-app notification to each volunteer's portal account (volunteers enrolled by staff
 * may have none), inside the caller's transaction. Volunteers and their accounts live in any
 * district: read by id, platform-wide.
 */
export async function notifyVolunteers(tx: Db, volunteerIds: string[], message: { title: string; body?: string; link?: string }): Promise<void> {
  if (!volunteerIds.length) return;
  const accounts = await tx.select({ districtCode: users.districtCode, id: users.id }).from(volunteers)
    .innerJoin(users, and(eq(users.id, volunteers.userId), inScope(systemScope, users)))
    .where(and(inArray(volunteers.id, volunteerIds), inScope(systemScope, volunteers)));
  for (const account of accounts) await notify(tx, account, message);
}
