import type { Settings } from '../../platform/settings/settings';
import { shanghaiDate } from '../../platform/dates';
import { annualReportDueOn } from './annual-report-year';

/** The due date of a year's report under the settings in force, and whether a report came in late. */
export async function annualReportDeadline(settings: Settings) {
  const dueDate = await settings.get('annualReport.dueDate');
  return {
    dueOn: (year: number) => annualReportDueOn(year, dueDate),
    of(report: { year: number; submittedAt: Date | null }) {
      const dueOn = annualReportDueOn(report.year, dueDate);
      const submittedOn = report.submittedAt ? shanghaiDate(report.submittedAt) : shanghaiDate(new Date());
      return { dueOn, late: submittedOn > dueOn };
    },
  };
}
