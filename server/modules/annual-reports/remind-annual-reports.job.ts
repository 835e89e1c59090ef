import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import { addDays, shanghaiDate } from '../../platform/dates';
import { asOfIn, type JobDefinition } from '../../platform/jobs/jobs';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/audit.tables';
import { systemAuditActor } from '../../platform/audit/audit-actor';
import { notifyOrganizationLeaders } from '../organizations/leader-reach';
import { authorityName } from '../jurisdictions/jurisdiction-names';
import { creditListEntries } from '../credit-lists/credit-lists.tables';
import { insertCreditEntry } from '../credit-lists/credit-entry-writes';
import { entryDueOn } from '../credit-lists/credit-list-rules';
import { missingAnnualReports } from './missing-annual-reports';
import { annualReportDueOn, deadlinePhase, owedYear } from './annual-report-year';
import { reviewerOf } from './find-annual-report';

/**
 * Daily, for last year's reports: inside the reminder window each organization that has not
 * submitted hears once; once the due date has passed, each such organization enters the
 * abnormal-activity list (活动异常名录) for a missed annual report, entered by the platform for its
 * reviewing authority the day after the due date, well inside the entry period.
 */
export async function remindAnnualReports(services: Services, now = new Date()): Promise<{ reminded: number; listed: number }> {
  const { db } = services.database;
  const settings = services.settings;
  const [dueDate, remindDays, entryWorkingDays] = await Promise.all([
    settings.get('annualReport.dueDate'), settings.get('annualReport.remindDays'), settings.get('creditList.entryWorkingDays'),
  ]);
  const year = owedYear(now);
  const phase = deadlinePhase(year, now, { dueDate, remindDays });
  if (phase === 'early') return { reminded: 0, listed: 0 };
  const dueOn = annualReportDueOn(year, dueDate);
  const owing = await missingAnnualReports(db, systemScope, year);
  let reminded = 0;
  let listed = 0;
  for (const organization of owing) {
    if (phase === 'remind') {
      const [told] = await db.select({ id: auditLog.id }).from(auditLog).where(and(
        eq(auditLog.districtCode, organization.districtCode), eq(auditLog.action, 'annual_report.remind'), eq(auditLog.targetId, organization.id),
        sql`${auditLog.details}->>'year' = ${String(year)}`, inScope(systemScope, auditLog),
      )).limit(1);
      if (told) continue;
      await db.transaction(async (tx) => {
        await notifyOrganizationLeaders(tx, organization, { title: `请在 ${dueOn} 前报送${organization.name} ${year} 年度报告`, link: '/admin/annual-reports' });
        await recordAudit(tx, systemAuditActor(organization.jurisdictionCode), {
          action: 'annual_report.remind', targetType: 'organization', targetId: organization.id, details: { year, dueOn },
        });
      });
      reminded++;
      continue;
    }
    const causeOn = addDays(dueOn, 1);
    const [already] = await db.select({ id: creditListEntries.id }).from(creditListEntries).where(and(
      eq(creditListEntries.districtCode, organization.districtCode), eq(creditListEntries.organizationId, organization.id),
      eq(creditListEntries.cause, 'missed_annual_report'), eq(creditListEntries.causeOn, causeOn), inScope(systemScope, creditListEntries),
    )).limit(1);
    if (already) continue;
    const reviewer = reviewerOf(organization);
    await db.transaction(async (tx) => {
      const entry = await insertCreditEntry(tx, organization, {
        list: 'abnormal', cause: 'missed_annual_report', reason: `未在 ${dueOn} 前报送 ${year} 年度报告`,
        causeOn, dueOn: entryDueOn(causeOn, { entryWorkingDays }), enteredOn: shanghaiDate(now),
        authority: { code: reviewer.code, name: await authorityName(tx, reviewer.code) }, enteredBy: null,
      });
      await recordAudit(tx, systemAuditActor(organization.jurisdictionCode), {
        action: 'credit_list.enter', targetType: 'credit_list_entry', targetId: entry.id, details: { organizationId: organization.id, year, cause: 'missed_annual_report' },
      });
    });
    listed++;
  }
  return { reminded, listed };
}

export const remindAnnualReportsJob: JobDefinition = {
  name: 'annualReports.remind',
  cron: '30 8 * * *',
  acceptsAsOf: true,
  async run(services, data) {
    await remindAnnualReports(services, asOfIn(data));
  },
};
