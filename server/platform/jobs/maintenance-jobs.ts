import { sql } from 'drizzle-orm';
import { sealAuditChains } from '../audit/seal-audit-chain';
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

/** Links the audit rows appended since the last run into their districts' hash chains. */
export const sealAuditChainsJob: JobDefinition = {
  name: 'audit.seal',
  cron: '* * * * *',
  async run(services) {
    await sealAuditChains(services.database.db);
  },
};
