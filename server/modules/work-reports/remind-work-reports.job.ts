import { and, eq, sql } from 'drizzle-orm';
import { shanghaiDate } from '../../platform/dates';
import type { Services } from '../../platform/context';
import { asOfIn, type JobDefinition } from '../../platform/jobs/jobs';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/audit.tables';
import { systemAuditActor } from '../../platform/audit/audit-actor';
import { notifyOrganizationLeaders } from '../organizations/leader-reach';
import { organizations } from '../organizations/organizations.tables';
import { owingOrganizations } from './missing-work-reports';
import { lastEndedReportPeriod, reportDueOn, reportPeriodLabel } from './report-period';

/**
 * Daily: once the last ended period's reports are past due (its end + `workReport.dueDays`), the
 * leaders of every active organization that has not reported are reminded, each organization once
 * per period (its audit row is the record).
 */
export async function remindWorkReports(services: Services, now = new Date()): Promise<{ reminded: number }> {
  const { db } = services.database;
  const [kind, dueDays] = await Promise.all([services.settings.get('workReport.period'), services.settings.get('workReport.dueDays')]);
  const period = lastEndedReportPeriod(now, kind);
  const dueOn = reportDueOn(period, dueDays);
  if (shanghaiDate(now) <= dueOn) return { reminded: 0 };
  const owing = await db.select().from(organizations).where(owingOrganizations(db, systemScope, period));
  const label = reportPeriodLabel(period);
  let reminded = 0;
  for (const organization of owing) {
    const [told] = await db.select({ id: auditLog.id }).from(auditLog).where(and(
      eq(auditLog.districtCode, organization.districtCode), eq(auditLog.action, 'work_report.remind'), eq(auditLog.targetId, organization.id),
      sql`${auditLog.details}->>'period' = ${period}`, inScope(systemScope, auditLog),
    )).limit(1);
    if (told) continue;
    await db.transaction(async (tx) => {
      await notifyOrganizationLeaders(tx, organization, {
        title: `${organization.name}尚未向社区“两委”报告${label}工作（应于 ${dueOn} 前报送），请尽快填报`, link: '/admin/work-reports',
      });
      await recordAudit(tx, systemAuditActor(organization.jurisdictionCode), { action: 'work_report.remind', targetType: 'organization', targetId: organization.id, details: { period, dueOn } });
    });
    reminded++;
  }
  return { reminded };
}

export const remindWorkReportsJob: JobDefinition = {
  name: 'workReports.remind',
  cron: '30 9 * * *',
  acceptsAsOf: true,
  async run(services, data) {
    await remindWorkReports(services, asOfIn(data));
  },
};
