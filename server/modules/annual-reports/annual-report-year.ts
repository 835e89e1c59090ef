import { addDays, shanghaiDate, shanghaiYear } from '../../platform/dates';

/**
 * Annual-report years. The report for a year is due by `annualReport.dueDate` ('05-31') of the
 * next year; the year owed now is last year.
 */
export function annualReportDueOn(year: number, dueDate: string): string {
  return `${year + 1}-${dueDate}`;
}

/** The year whose report is owed at `now` (the previous calendar year in Shanghai). */
export function owedYear(now: Date): number {
  return shanghaiYear(now) - 1;
}

/** Where the year's report stands against its deadline at `now`: reminders open `remindDays` before. */
export function deadlinePhase(year: number, now: Date, settings: { dueDate: string; remindDays: number }): 'early' | 'remind' | 'overdue' {
  const today = shanghaiDate(now);
  const due = annualReportDueOn(year, settings.dueDate);
  if (today > due) return 'overdue';
  return today >= addDays(due, -settings.remindDays) ? 'remind' : 'early';
}

/** The first year an organization reports on: the year it was filed or registered. */
export function firstReportYear(organization: { filedAt: Date | null; registeredOn: string | null; createdAt: Date }): number {
  if (organization.registeredOn) return Number(organization.registeredOn.slice(0, 4));
  return shanghaiYear(organization.filedAt ?? organization.createdAt);
}
