import { and, eq, lt } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import { shanghaiDate } from '../../platform/dates';
import { asOfIn, type JobDefinition } from '../../platform/jobs/jobs';
import { inScope, systemScope } from '../../platform/policy/policy';
import { systemAuditActor } from '../../platform/audit/audit-actor';
import { satisfactionRounds } from './satisfaction.tables';
import { settleRound } from './settle-round';

/** Daily: rounds still open after their closing date are closed and their results computed. */
export async function closeEndedRounds(services: Services, now = new Date()): Promise<{ closed: number }> {
  const { db } = services.database;
  const ended = await db.select().from(satisfactionRounds)
    .where(and(eq(satisfactionRounds.state, 'open'), lt(satisfactionRounds.closesOn, shanghaiDate(now)), inScope(systemScope, satisfactionRounds)));
  for (const round of ended) {
    await db.transaction((tx) => settleRound(tx, services, round, { userId: null, audit: systemAuditActor(round.jurisdictionCode) }, now));
  }
  return { closed: ended.length };
}

export const closeSatisfactionRoundsJob: JobDefinition = {
  name: 'satisfaction.closeRounds',
  cron: '30 0 * * *',
  acceptsAsOf: true,
  async run(services, data) {
    await closeEndedRounds(services, asOfIn(data));
  },
};
