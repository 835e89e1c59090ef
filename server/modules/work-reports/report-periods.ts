import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { previousReportPeriod, reportDueOn, reportPeriodLabel, reportPeriodOf } from './report-period';

/** The periods a report may be for under `workReport.period`: the one running and the three before it, newest first. */
export async function listReportPeriods({ ctx }: { ctx: ActorCtx }) {
  await authorize(ctx, 'workReport.read');
  const [kind, dueDays] = await Promise.all([ctx.services.settings.get('workReport.period'), ctx.services.settings.get('workReport.dueDays')]);
  const periods = [reportPeriodOf(new Date(), kind)];
  while (periods.length < 4) periods.push(previousReportPeriod(periods[periods.length - 1]));
  return {
    kind,
    /** The last ended period: the one whose reports are due or overdue. */
    lastEnded: periods[1],
    periods: periods.map((period) => ({ period, label: reportPeriodLabel(period, ctx.lang), dueOn: reportDueOn(period, dueDays) })),
  };
}
