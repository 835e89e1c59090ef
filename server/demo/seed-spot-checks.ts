import { and, eq, inArray } from 'drizzle-orm';
import type { Services } from '../platform/context';
import { addDays, shanghaiDate, shanghaiYear } from '../platform/dates';
import { inScope, systemScope } from '../platform/policy/policy';
import { organizations } from '../modules/organizations/organizations.tables';
import { createSpotCheckDraw } from '../modules/spot-checks/create-spot-check-draw';
import { recordSpotCheck } from '../modules/spot-checks/record-spot-check';
import { issueSupervisionNotice } from '../modules/spot-checks/issue-supervision-notice';
import { reportRectification } from '../modules/spot-checks/report-rectification';
import { reviewRectification } from '../modules/spot-checks/review-rectification';
import { markOverdueRectifications } from '../modules/spot-checks/mark-overdue-rectifications.job';
import { supervisionNotices } from '../modules/spot-checks/spot-checks.tables';
import { demoActors } from './demo-actors';

export type DemoSpotCheckSummary = { checks: number; recorded: number; notices: number };

/**
 * This year's 双随机 draw in 清城区 with some checks done and the rest pending, and what supervision
 * sent out: a rectification fixed (夕阳红舞蹈队, reported by the `org` account and accepted by the
 * street), one open and one overdue from the checks, a reminder letter and a talk.
 */
export async function seedDemoSpotChecks(services: Services): Promise<DemoSpotCheckSummary> {
  const actorOf = await demoActors(services);
  const bureau = actorOf('bureau');
  const street = actorOf('street');
  const org = actorOf('org');
  const now = new Date();
  const today = shanghaiDate(now);
  const year = shanghaiYear(now);
  const draw = await createSpotCheckDraw({ ctx: bureau, input: { title: `${year}年度清城区社区社会组织双随机抽查`, seed: `${year}-清城区-抽查`, sharePercent: 20 } });
  const findings = [
    { conclusion: 'compliant', findings: '章程、成员名册齐全，活动记录完整，财务收支有台账，未发现问题。' },
    { conclusion: 'rectify', findings: '本年度未按章程召开成员大会；活动记录缺少3月、4月两次活动的签到表。' },
    { conclusion: 'non_compliant', findings: '收取会费未建立收支台账，负责人变更未办理变更备案。' },
  ] as const;
  const recorded = draw.checks.slice(0, findings.length);
  // Checked six weeks ago (this year), so the notices that followed have run part of their course.
  const checkedOn = [addDays(today, -45), `${year}-01-01`].sort()[1];
  for (const [i, check] of recorded.entries()) {
    await recordSpotCheck({ ctx: bureau, id: check.id, input: { checkedOn, ...findings[i] } });
  }

  const [rectifyCheck, failedCheck] = [recorded[1], recorded[2]];
  const overdue = await issueSupervisionNotice({ ctx: bureau, input: {
    organizationId: failedCheck.organizationId, kind: 'rectification', spotCheckId: failedCheck.id,
    problems: findings[2].findings, requirements: '建立会费收支台账并向成员公开；依照规定办理负责人变更备案。',
  } });
  // The first of the year's notices, issued six weeks ago with a month to fix it: the daily job has found it overdue.
  await services.database.db.update(supervisionNotices)
    .set({ issuedAt: new Date(now.getTime() - 42 * 86_400_000), deadline: addDays(today, -12) })
    .where(and(eq(supervisionNotices.id, overdue.id), inScope(systemScope, supervisionNotices)));
  await markOverdueRectifications(services, now);
  await issueSupervisionNotice({ ctx: bureau, input: {
    organizationId: rectifyCheck.organizationId, kind: 'rectification', spotCheckId: rectifyCheck.id,
    problems: findings[1].findings, requirements: '补开本年度成员大会并形成会议记录；补齐活动签到表，报送整改情况。',
  } });

  const byName = await organizationIds(services, ['高基里社区夕阳红舞蹈队', '鹤堂社区楚河汉界象棋社', '花厅社区绿色家园环保队']);
  const fixed = await issueSupervisionNotice({ ctx: street, input: {
    organizationId: byName.get('高基里社区夕阳红舞蹈队')!, kind: 'rectification',
    problems: '晚间在文化广场排练音量过大，有居民投诉影响休息。', requirements: '调整排练时间至21:00前结束，音响音量控制在规定范围内。',
    deadline: addDays(today, 15),
  } });
  await reportRectification({ ctx: org, id: fixed.id, input: { report: '已将排练时间调整为19:00—20:30，并购置了低音量音响，经与投诉居民沟通已获谅解。' } });
  await reviewRectification({ ctx: street, id: fixed.id, input: { decision: 'accept', note: '经现场查看，整改到位。' } });
  await issueSupervisionNotice({ ctx: bureau, input: {
    organizationId: byName.get('鹤堂社区楚河汉界象棋社')!, kind: 'reminder_letter',
    problems: '你组织上一年度工作报告尚未报送。', requirements: '请于本月底前通过平台报送年度工作报告。',
  } });
  await issueSupervisionNotice({ ctx: street, input: {
    organizationId: byName.get('花厅社区绿色家园环保队')!, kind: 'talk',
    problems: '提醒负责人规范开展废旧物品回收活动，不得以组织名义对外收取费用。', requirements: '一个月内完善活动管理制度，对外活动事先向社区报告。',
    heldAt: `${addDays(today, -3)}T10:00:00+08:00`, place: '凤城街道办事处二楼会议室', participants: '街道社会事务办工作人员2名、花厅社区居委会主任、环保队负责人',
  } });
  return { checks: draw.checks.length, recorded: recorded.length, notices: 5 };
}

async function organizationIds(services: Services, names: string[]): Promise<Map<string, string>> {
  const rows = await services.database.db.select({ id: organizations.id, name: organizations.name }).from(organizations)
    .where(and(inArray(organizations.name, names), eq(organizations.status, 'active'), inScope(systemScope, organizations)));
  return new Map(rows.map((r) => [r.name, r.id]));
}
