import type { ActorCtx } from '../../platform/context';
import { can } from '../../platform/policy/policy';
import type { Lang } from '../../../common/i18n';
import type { PaperSnapshot } from '../archives/paper-pdf';
import { shanghaiDate } from '../../platform/dates';
import type { workReports } from './work-reports.tables';
import { reportPeriodLabel } from './report-period';

type WorkReport = typeof workReports.$inferSelect;
type Names = { organizationName: string | null; placeName: string | null };

/** Integer fen as yuan on paper: 123456 → 1234.56 元. */
export function yuan(fen: number): string {
  return `${(fen / 100).toFixed(2)} 元`;
}

/** A report as a list line. */
export function presentWorkReport(report: WorkReport, names: Names, lang: Lang) {
  return {
    id: report.id, organizationId: report.organizationId, organizationName: names.organizationName,
    jurisdictionCode: report.jurisdictionCode, placeName: names.placeName,
    period: report.period, periodLabel: reportPeriodLabel(report.period, lang), state: report.state,
    activitiesHeld: report.activitiesHeld, participants: report.participants, fundsInFen: report.fundsInFen, fundsOutFen: report.fundsOutFen,
    submittedAt: report.submittedAt.toISOString(), reviewedAt: report.reviewedAt?.toISOString() ?? null,
  };
}

/** The whole report, with what the actor may do with it now. */
export function presentWorkReportDetail(ctx: ActorCtx, report: WorkReport, names: Names) {
  const actions: ('amend' | 'acknowledge' | 'return')[] = [];
  if (report.state === 'returned' && can(ctx.actor, 'workReport.submit')) actions.push('amend');
  if (report.state === 'submitted' && can(ctx.actor, 'workReport.review', report)) actions.push('acknowledge', 'return');
  return { ...presentWorkReport(report, names, ctx.lang), summary: report.summary, plans: report.plans, reviewNote: report.reviewNote, actions };
}

/** The report as kept in the archive once the committee has acknowledged it. */
export function workReportPaper(report: WorkReport, names: { organizationName: string; placeName: string }, acknowledgedAt: Date): PaperSnapshot {
  const label = reportPeriodLabel(report.period);
  return {
    title: `${names.organizationName}${label}工作报告`,
    addressee: `${names.placeName}“两委”：`,
    paragraphs: report.summary.split(/\n+/).filter(Boolean),
    fields: [
      ['报告期间', label],
      ['开展活动', `${report.activitiesHeld} 次`],
      ['参与人次', `${report.participants} 人次`],
      ['收入', yuan(report.fundsInFen)],
      ['支出', yuan(report.fundsOutFen)],
      ['下一步计划', report.plans],
    ],
    closing: [`${names.placeName}“两委”已于 ${shanghaiDate(acknowledgedAt)} 阅知。`],
    issuer: names.organizationName,
    issuedOn: shanghaiDate(report.submittedAt),
  };
}
