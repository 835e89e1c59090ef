import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { loginThrottles } from './auth.tables';

export type LockoutPolicy = { maxFailures: number; windowMinutes: number; lockMinutes: number };

/** Lockout keys: one per account, one per source address. */
export const throttleKeys = (username: string, sourceAddress: string) => [
  `user:${username.toLowerCase()}`,
  `addr:${sourceAddress}`,
];

/** The latest lock end among the keys, or null when none is locked now. */
export async function lockedUntil(db: Db, keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await db
    .select({ lockedUntil: loginThrottles.lockedUntil })
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, keys));
  const ends = rows.map((r) => r.lockedUntil).filter((d): d is Date => d !== null && d > now);
  return ends.length ? new Date(Math.max(...ends.map((d) => d.getTime()))) : null;
}

/**
 * Counts a failure against each key inside a sliding window that restarts when it has passed;
 * the failure that reaches the limit locks the key. One statement per key, so concurrent
 * attempts cannot both slip under the limit.
 */
export async function recordFailure(db: Db, keys: string[], policy: LockoutPolicy, now = new Date()): Promise<boolean> {
  const windowStart = new Date(now.getTime() - policy.windowMinutes * 60_000);
  const lockEnd = new Date(now.getTime() + policy.lockMinutes * 60_000);
  let locked = false;
  for (const key of keys) {
    const [row] = await db
      .insert(loginThrottles)
      .values({ key, failures: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: loginThrottles.key,
        set: {
          failures: sql`case when ${loginThrottles.windowStartedAt} < ${windowStart} then 1 else ${loginThrottles.failures} + 1 end`,
          windowStartedAt: sql`case when ${loginThrottles.windowStartedAt} < ${windowStart} then ${now} else ${loginThrottles.windowStartedAt} end`,
        },
      })
      .returning({ failures: loginThrottles.failures });
    if (row.failures >= policy.maxFailures) {
      await db
        .update(loginThrottles)
        .set({ lockedUntil: lockEnd, failures: 0, windowStartedAt: now })
        .where(eq(loginThrottles.key, key));
      locked = true;
    }
  }
  return locked;
}

/** A successful login clears the account's counter (not the address's: others may be guessing from it). */
export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.key, key));
}
