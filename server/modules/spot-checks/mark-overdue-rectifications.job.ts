import { and, eq, lt } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import { districtCodeOf } from '../../platform/db/columns';
import { shanghaiDate } from '../../platform/dates';
import { asOfIn, type JobDefinition } from '../../platform/jobs/jobs';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { systemAuditActor } from '../../platform/audit/audit-actor';
import { notify } from '../notifications/notify';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { organizations } from '../organizations/organizations.tables';
import { supervisionNotices } from './spot-checks.tables';

/**
 * Daily: an open rectification notice whose deadline has passed becomes `overdue`, once (the state
 * change is the record), and its issuer is told. A report still waiting for review does not stop it:
 * the deadline was for fixing, and the issuer decides on the report.
 */
export async function markOverdueRectifications(services: Services, now = new Date()): Promise<{ overdue: number }> {
  const { db } = services.database;
  const today = shanghaiDate(now);
  const due = await db.select({ notice: supervisionNotices, name: organizations.name }).from(supervisionNotices).innerJoin(organizations, and(
    eq(organizations.districtCode, supervisionNotices.districtCode), eq(organizations.id, supervisionNotices.organizationId), inScope(systemScope, organizations),
  )).where(and(eq(supervisionNotices.state, 'open'), lt(supervisionNotices.deadline, today), inScope(systemScope, supervisionNotices)));
  let overdue = 0;
  for (const { notice, name } of due) {
    await db.transaction(async (tx) => {
      const moved = await tx.update(supervisionNotices).set({ state: 'overdue', updatedAt: now }).where(and(
        eq(supervisionNotices.districtCode, notice.districtCode), eq(supervisionNotices.id, notice.id), eq(supervisionNotices.state, 'open'),
        inScope(systemScope, supervisionNotices),
      )).returning({ id: supervisionNotices.id });
      if (!moved.length) return;
      await recordOrganizationEvent(tx, {
        organization: { districtCode: notice.districtCode, id: notice.organizationId, jurisdictionCode: notice.jurisdictionCode },
        kind: 'spotChecks.overdue', subjectId: notice.id, details: { number: notice.number, deadline: notice.deadline }, actorId: null, at: now,
      });
      await notify(tx, { districtCode: districtCodeOf(notice.issuerCode), id: notice.issuedBy }, {
        title: `“${name}”逾期未完成整改（${notice.number}，期限 ${notice.deadline}）`, link: `/admin/supervision-notices/${notice.id}`,
      });
      await recordAudit(tx, systemAuditActor(notice.jurisdictionCode), {
        action: 'rectification.overdue', targetType: 'supervision_notice', targetId: notice.id, details: { deadline: notice.deadline },
      });
      overdue++;
    });
  }
  return { overdue };
}

export const markOverdueRectificationsJob: JobDefinition = {
  name: 'rectifications.markOverdue',
  cron: '30 0 * * *',
  acceptsAsOf: true,
  async run(services, data) {
    await markOverdueRectifications(services, asOfIn(data));
  },
};
