import { and, eq, lte, notExists, sql } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import { asOfIn, type JobDefinition } from '../../platform/jobs/jobs';
import { inScope, systemScope } from '../../platform/policy/policy';
import { runSystemTransition } from '../../platform/workflow/runner';
import { filings, objections, type CaseKind } from './filings.tables';
import { caseWorkflows, noticeEndAction } from './case-kinds';
import { completeCase } from './complete-case';

/**
 * When a case's public notice has ended and no objection is open, the platform takes its last step:
 * a filing or change is filed and its certificate issued (seed 001 第二条), a termination or
 * revocation ends the organization (第三条). A case with an open objection waits
 * for the street's answer. Each case is its own transaction: one failure does not hold the others.
 */
export async function closeEndedNotices(services: Services, now = new Date()): Promise<{ completed: number }> {
  const { db } = services.database;
  const due = await db.select({ id: filings.id, kind: filings.kind }).from(filings).where(and(
    eq(filings.state, 'public_notice'), lte(filings.noticeEndsAt, now), inScope(systemScope, filings),
    notExists(db.select({ one: sql`1` }).from(objections).where(and(
      eq(objections.districtCode, filings.districtCode), eq(objections.filingId, filings.id), eq(objections.status, 'open'),
      inScope(systemScope, objections),
    ))),
  ));
  let completed = 0;
  for (const { id, kind } of due) {
    try {
      await completeOne(services, id, kind, now);
      completed++;
    } catch (error) {
      // e.g. a live organization of the street took the same name meanwhile: the case stays on
      // notice for the street to return it, and the others are filed.
      console.error(`filing ${id} could not be filed`, error);
    }
  }
  return { completed };
}

/** The notice of one case ended: the platform takes the kind's last step (file, terminate, revoke). */
async function completeOne(services: Services, id: string, kind: CaseKind, now: Date): Promise<void> {
  const action = noticeEndAction[kind];
  const opinion = kind === 'revocation' ? '公示期满，撤销备案' : kind === 'termination' ? '公示期满无异议，予以退出' : '公示期满无异议，予以备案';
  await runSystemTransition(services.database.db, caseWorkflows[kind], filings, { caseId: id, action, opinion }, async (tx) => {
    await completeCase(tx, services, id, now);
  });
}

export const closeNoticesJob: JobDefinition = {
  name: 'filings.closeNotices',
  cron: '*/10 * * * *',
  acceptsAsOf: true,
  async run(services, data) {
    await closeEndedNotices(services, asOfIn(data));
  },
};
