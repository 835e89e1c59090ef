import { and, eq, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/context';
import { inScope } from '../../platform/policy/policy';

/**
 * Logs are filed under the actor's node; attempts on unknown usernames have none ('') and are
 * shown to platform admins, who run the whole deployment.
 */
export function logScope(actor: Actor, table: { jurisdictionCode: PgColumn; districtCode: PgColumn }): SQL {
  const own = inScope(actor, table);
  return actor.role === 'admin' ? or(own, and(eq(table.jurisdictionCode, '')))! : own;
}
