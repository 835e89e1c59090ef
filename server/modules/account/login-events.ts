import type { Db } from '../../platform/db/database';
import { districtCodeOf } from '../../platform/db/columns';
import { noDistrict } from '../../platform/audit/audit';
import { loginEvents } from '../../platform/auth/auth.tables';

export type LoginOutcome = 'ok' | 'bad_credentials' | 'locked' | 'disabled';

/** One row of the login log; attempts on unknown usernames go to district 000000, node ''. */
export async function recordLoginEvent(
  db: Db,
  event: {
    username: string;
    user: { id: string; jurisdictionCode: string } | null;
    outcome: LoginOutcome;
    sourceAddress: string;
    userAgent: string;
  },
): Promise<void> {
  const jurisdictionCode = event.user?.jurisdictionCode ?? '';
  await db.insert(loginEvents).values({
    districtCode: jurisdictionCode ? districtCodeOf(jurisdictionCode) : noDistrict,
    username: event.username.slice(0, 64),
    userId: event.user?.id ?? null,
    jurisdictionCode,
    success: event.outcome === 'ok',
    outcome: event.outcome,
    sourceAddress: event.sourceAddress,
    userAgent: event.userAgent.slice(0, 300),
  });
}
