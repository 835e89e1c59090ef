import { sql } from 'drizzle-orm';
import type { JobDefinition } from './jobs';

/** Sessions and lockout counters no longer needed: ended or expired for a day, or unlocked and stale. */
export const cleanUpSessionsJob: JobDefinition = {
  name: 'sessions.cleanup',
  cron: '17 * * * *',
  async run(services) {
    const { db } = services.database;
    await db.execute(sql`DELETE FROM sessions WHERE coalesce(ended_at, expires_at) < now() - interval '1 day'`);
    await db.execute(sql`DELETE FROM login_throttles WHERE coalesce(locked_until, window_started_at) < now() - interval '1 day'`);
  },
};
