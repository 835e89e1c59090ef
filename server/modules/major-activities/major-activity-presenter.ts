import type { ActorCtx } from '../../platform/context';
import { can } from '../../platform/policy/policy';
import { paperDate, shanghaiDate } from '../../platform/dates';
import type { PaperSnapshot } from '../archives/paper-pdf';
import type { RecordNames } from '../organizations/organization-names';
import { majorActivityKindNames } from './major-activity-kinds';
import { acknowledgerNames, withdrawable, type MajorActivityReport } from './major-activity-scope';

/** A report as a list line. */
export function presentMajorActivity(report: MajorActivityReport, names: RecordNames) {
  return {
    id: report.id, organizationId: report.organizationId, organizationName: names.organizationName,
    jurisdictionCode: report.jurisdictionCode, placeName: names.placeName,
    kind: report.kind, title: report.title, venue: report.venue, startsAt: report.startsAt.toISOString(), endsAt: report.endsAt.toISOString(),
    expectedParticipants: report.expectedParticipants, acknowledgerLevel: report.acknowledgerLevel, late: report.late, state: report.state,
    reportedAt: report.reportedAt.toISOString(), reviewedAt: report.reviewedAt?.toISOString() ?? null,
  };
}

/** The whole report, with what the actor may do with it now. */
export function presentMajorActivityDetail(ctx: ActorCtx, report: MajorActivityReport, names: RecordNames) {
  const actions: ('acknowledge' | 'return' | 'withdraw')[] = [];
  if (report.state === 'submitted' && ctx.actor.role === report.acknowledgerLevel && can(ctx.actor, 'majorActivity.review', report)) actions.push('acknowledge', 'return');
  if (can(ctx.actor, 'majorActivity.report') && withdrawable(report)) actions.push('withdraw');
  return { ...presentMajorActivity(report, names), safetyPlan: report.safetyPlan, reviewNote: report.reviewNote, actions };
}

/** 2026-10-01 09:00 as written on a paper (Beijing time). */
function paperTime(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3_600_000).toISOString();
  return `${paperDate(shanghaiDate(at))} ${local.slice(11, 16)}`;
}

/** The report as kept in the archive once acknowledged. */
export function majorActivityPaper(report: MajorActivityReport, names: { organizationName: string; acknowledgedBy: string }, acknowledgedAt: Date): PaperSnapshot {
  return {
    title: '重大活动报告',
    addressee: `${names.acknowledgedBy}：`,
    paragraphs: [`我组织拟于${paperTime(report.startsAt)}在${report.venue}举办“${report.title}”，现将有关情况报告如下。`],
    fields: [
      ['活动名称', report.title],
      ['活动类型', majorActivityKindNames[report.kind]],
      ['活动地点', report.venue],
      ['活动时间', `${paperTime(report.startsAt)} 至 ${paperTime(report.endsAt)}`],
      ['预计参加人数', `${report.expectedParticipants} 人`],
      ['安全预案', report.safetyPlan],
      ['阅知单位', acknowledgerNames[report.acknowledgerLevel]],
    ],
    closing: [
      ...(report.late ? ['本报告晚于规定时限报送。'] : []),
      `${names.acknowledgedBy}已于 ${shanghaiDate(acknowledgedAt)} 阅知。`,
    ],
    issuer: names.organizationName,
    issuedOn: shanghaiDate(report.reportedAt),
  };
}
