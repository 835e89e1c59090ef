import { and, eq, lte, notExists, sql } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import type { JobDefinition } from '../../platform/jobs/jobs';
import { inScope, systemScope } from '../../platform/policy/policy';
import { runSystemTransition } from '../../platform/workflow/runner';
import { notify, notifyRoleAt } from '../notifications/notify';
import { organizations } from '../organizations/organizations.tables';
import { issueCertificate } from '../certificates/issue-certificate';
import { filings, objections } from './filings.tables';
import { filingWorkflow } from './filing.workflow';

/**
 * When a filing's public notice has ended and no objection is open, the platform files the
 * organization and issues its certificate (seed 001 第二条). A case with an open objection waits
 * for the street's answer. Each case is its own transaction: one failure does not hold the others.
 */
export async function closeEndedNotices(services: Services, now = new Date()): Promise<{ filed: number }> {
  const { db } = services.database;
  const due = await db.select({ id: filings.id }).from(filings).where(and(
    eq(filings.state, 'public_notice'), lte(filings.noticeEndsAt, now), inScope(systemScope, filings),
    notExists(db.select({ one: sql`1` }).from(objections).where(and(
      eq(objections.districtCode, filings.districtCode), eq(objections.filingId, filings.id), eq(objections.status, 'open'),
      inScope(systemScope, objections),
    ))),
  ));
  let filed = 0;
  for (const { id } of due) {
    try {
      await fileOne(services, id, now);
      filed++;
    } catch (error) {
      // e.g. a live organization of the street took the same name meanwhile: the case stays on
      // notice for the street to return it, and the others are filed.
      console.error(`filing ${id} could not be filed`, error);
    }
  }
  return { filed };
}

async function fileOne(services: Services, id: string, now: Date): Promise<void> {
  const opinion = '公示期满无异议，予以备案';
  await runSystemTransition(services.database.db, filingWorkflow, filings, { caseId: id, action: 'file', opinion }, async (tx, step) => {
    const [row] = await tx.select().from(organizations).innerJoin(filings, and(
      eq(filings.districtCode, organizations.districtCode), eq(filings.organizationId, organizations.id),
    )).where(and(eq(filings.districtCode, step.caseRow.districtCode), eq(filings.id, id), inScope(systemScope, organizations), inScope(systemScope, filings)));
    const org = row.organizations;
    await tx.update(organizations).set({ status: 'active', filedAt: now, updatedAt: now }).where(and(
      eq(organizations.districtCode, org.districtCode), eq(organizations.id, org.id), inScope(systemScope, organizations),
    ));
    const certificate = await issueCertificate(tx, services, org, id, now);
    const message = { title: `${org.name} 已备案，证书编号 ${certificate.number}`, link: `/admin/filings/${id}` };
    await notify(tx, { districtCode: org.districtCode, id: row.filings.createdBy }, message);
    await notifyRoleAt(tx, 'committee', org.jurisdictionCode, message);
  });
}

export const closeNoticesJob: JobDefinition = {
  name: 'filings.closeNotices',
  cron: '*/10 * * * *',
  async run(services) {
    await closeEndedNotices(services);
  },
};
