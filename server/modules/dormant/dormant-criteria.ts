import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { addDays, addMonths, shanghaiDate } from '../../platform/dates';
import { inScope, systemScope } from '../../platform/policy/policy';
import { annualReportDueOn, owedYear } from '../annual-reports/annual-report-year';
import { missingAnnualReportsWhere } from '../annual-reports/missing-annual-reports';
import type { Organization } from '../organizations/find-organization';
import { organizations } from '../organizations/organizations.tables';
import { contactAttempts, type DormantCriterion } from './dormant.tables';
import { hasActivityBetween } from './activity-evidence';
import { unreachableFrom } from './unreachable';

export type CriterionMet = { criterion: DormantCriterion; detail: string };
export type DormantRules = { annualDueDate: string; inactiveSince: string; unreachableAttempts: number };

/** The day an organization was filed (or registered; recorded without a date, when it was recorded). */
export function startedOn(organization: Organization): string {
  if (organization.orgClass === 'registered') return organization.registeredOn ?? shanghaiDate(organization.createdAt);
  return shanghaiDate(organization.filedAt ?? organization.createdAt);
}

/** The two most recent annual-report years whose due date has passed at `today`. */
export function lastTwoDueYears(now: Date, dueDate: string): [number, number] {
  const owed = owedYear(now);
  const latest = shanghaiDate(now) > annualReportDueOn(owed, dueDate) ? owed : owed - 1;
  return [latest - 1, latest];
}

/** Every dormant criterion the organization meets at `now`, each with a line saying why. */
export async function dormantCriteriaMet(db: Db, organization: Organization, now: Date, rules: DormantRules): Promise<CriterionMet[]> {
  const today = shanghaiDate(now);
  const since = startedOn(organization);
  const met: CriterionMet[] = [];

  const years = lastTwoDueYears(now, rules.annualDueDate);
  const missing = await Promise.all(years.map(async (year) => (await db.select({ id: organizations.id }).from(organizations)
    .where(and(eq(organizations.districtCode, organization.districtCode), eq(organizations.id, organization.id), missingAnnualReportsWhere(systemScope, year)))).length > 0));
  if (missing.every(Boolean)) met.push({ criterion: 'missed_annual_reports', detail: `连续两年未报送年度报告（${years[0]}、${years[1]} 年度）` });

  const firstYearEnds = addDays(addMonths(since, 12), -1);
  if (firstYearEnds < today && !(await hasActivityBetween(db, organization, since, firstYearEnds))) {
    met.push({ criterion: 'inactive_after_filing', detail: `${since} ${organization.orgClass === 'filed' ? '备案' : '登记'}后一年内无活动记录` });
  }

  // Only judged for organizations that existed on that day; younger ones fall under the first-year rule.
  if (rules.inactiveSince && since <= rules.inactiveSince && rules.inactiveSince <= today && !(await hasActivityBetween(db, organization, rules.inactiveSince, today))) {
    met.push({ criterion: 'inactive_since', detail: `${rules.inactiveSince} 以来无活动记录` });
  }

  const attempts = await db.select({ attemptedOn: contactAttempts.attemptedOn, reached: contactAttempts.reached }).from(contactAttempts).where(and(
    eq(contactAttempts.districtCode, organization.districtCode), eq(contactAttempts.organizationId, organization.id), inScope(systemScope, contactAttempts),
  )).orderBy(desc(contactAttempts.attemptedOn), desc(contactAttempts.createdAt)).limit(rules.unreachableAttempts);
  const lastFailed = unreachableFrom(attempts, rules.unreachableAttempts);
  if (lastFailed) met.push({ criterion: 'unreachable', detail: `最近 ${rules.unreachableAttempts} 次联系均未联系上（最后一次 ${lastFailed}）` });
  return met;
}
