import { and, eq, gt } from 'drizzle-orm';
import type { Services } from '../platform/context';
import { inScope, systemScope } from '../platform/policy/policy';
import { users } from '../modules/users/users.tables';
import { insertUser } from '../modules/users/insert-user';
import { organizations } from '../modules/organizations/organizations.tables';
import { submitWorkReport } from '../modules/work-reports/submit-work-report';
import { reviewWorkReport } from '../modules/work-reports/review-work-report';
import { remindWorkReports } from '../modules/work-reports/remind-work-reports.job';
import { reportMajorActivity } from '../modules/major-activities/report-major-activity';
import { reviewMajorActivity } from '../modules/major-activities/review-major-activity';
import { lastEndedReportPeriod, reportPeriod } from '../modules/work-reports/report-period';
import { demoActors } from './demo-actors';

const gaojili = '441802006001';

/** Leaders of two 高基里社区 organizations the committee filed for them, with accounts of their own. */
const demoLeaders = [
  { username: 'org.shouwang', displayName: '邻里守望互助队 黄志强', organization: '高基里社区邻里守望互助队', phone: '13800000031' },
  { username: 'org.hongmajia', displayName: '红马甲志愿服务队 梁丽萍', organization: '高基里社区红马甲志愿服务队', phone: '13800000032' },
] as const;

export type DemoReportsSummary = { workReports: number; majorActivities: number };

/** A time in Beijing `days` from today at `clock` (HH:MM). */
function beijing(days: number, clock: string): Date {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  return new Date(new Date(`${today}T${clock}:00+08:00`).getTime() + days * 86_400_000);
}

/**
 * Reports to the 两委 in 高基里社区 for the last ended period: one acknowledged, one returned for
 * more; the others (高基里社区夕阳红舞蹈队 among them, which `org` leads) have not reported and are
 * reminded. Major activities ahead: one the committee acknowledged, a large one waiting for the
 * street, and one reported late.
 */
export async function seedDemoReports(services: Services): Promise<DemoReportsSummary> {
  const { db } = services.database;
  const period = lastEndedReportPeriod(new Date(), await services.settings.get('workReport.period'));
  // The demo organizations stand for groups on the platform for years, but their rows were made just
  // now: dated back to the period's start, so its report is theirs to make.
  await db.update(organizations).set({ createdAt: reportPeriod(period).start })
    .where(and(eq(organizations.jurisdictionCode, gaojili), eq(organizations.status, 'active'), gt(organizations.createdAt, reportPeriod(period).start), inScope(systemScope, organizations)));
  const leaders = await createLeaders(services);
  const actorOf = await demoActors(services);
  const committee = actorOf('committee');

  const submit = (username: string, organizationId: string, figures: { activitiesHeld: number; participants: number; fundsIn: number; fundsOut: number }, summary: string, plans: string) =>
    submitWorkReport({
      ctx: actorOf(username),
      input: { organizationId, period, activitiesHeld: figures.activitiesHeld, participants: figures.participants, fundsInFen: figures.fundsIn * 100, fundsOutFen: figures.fundsOut * 100, summary, plans },
    });
  const acknowledged = await submit('org.shouwang', leaders.get('org.shouwang')!, { activitiesHeld: 18, participants: 326, fundsIn: 2400, fundsOut: 1860 },
    '本期组织楼栋守望巡查 12 次，为独居老人上门探访 6 次，协助社区排查消防隐患 40 余处。\n经费来源于社区公益金，主要用于购买巡查手电、反光背心和探访慰问品。',
    '下一期继续开展每周巡查，新增两名楼栋长，配合社区做好防汛防台宣传。');
  await reviewWorkReport({ ctx: committee, id: acknowledged.id, input: { action: 'acknowledge' } });
  const returned = await submit('org.hongmajia', leaders.get('org.hongmajia')!, { activitiesHeld: 9, participants: 140, fundsIn: 5000, fundsOut: 4620 },
    '本期开展文明劝导、清洁家园等志愿服务 9 次。',
    '下一期围绕垃圾分类开展入户宣传。');
  await reviewWorkReport({ ctx: committee, id: returned.id, input: { action: 'return', note: '支出 4620 元请附主要开支明细，并说明社区公益金与自筹资金各占多少。' } });
  await remindWorkReports(services);

  const report = (username: string, organizationId: string, input: Omit<Parameters<typeof reportMajorActivity>[0]['input'], 'organizationId'>) =>
    reportMajorActivity({ ctx: actorOf(username), input: { organizationId, ...input } });
  const fair = await report('org.shouwang', leaders.get('org.shouwang')!, {
    kind: 'festival', title: '邻里守望游园会', venue: '高基里社区文化广场', startsAt: beijing(12, '09:00'), endsAt: beijing(12, '11:30'), expectedParticipants: 150,
    safetyPlan: '设现场安全员 6 名、医护志愿者 2 名；游园摊位间距不少于 3 米，消防通道全程畅通；遇雨改期并提前在居民群通知。',
  });
  await reviewMajorActivity({ ctx: committee, id: fair.id, input: { action: 'acknowledge' } });
  await report('org.hongmajia', leaders.get('org.hongmajia')!, {
    kind: 'gathering', title: '凤城街道志愿服务集市', venue: '凤城街道北门广场', startsAt: beijing(18, '08:30'), endsAt: beijing(18, '12:00'), expectedParticipants: 400,
    safetyPlan: '与街道综治中心、派出所联动，设出入口 2 处和人流引导员 10 名；配备急救点 1 个、灭火器 8 具；超过 500 人即分流限入。',
  });
  await report('org', await danceTroupe(services), {
    kind: 'performance', title: '冬日暖阳广场舞展演', venue: '高基里社区文化广场', startsAt: beijing(3, '19:30'), endsAt: beijing(3, '21:00'), expectedParticipants: 120,
    safetyPlan: '演出区与观众区用围栏隔开，安全员 4 名；音响音量控制在 60 分贝以内，21 时前结束。',
  });
  return { workReports: 2, majorActivities: 3 };
}

/** 高基里社区夕阳红舞蹈队, which `org` leads. */
async function danceTroupe(services: Services): Promise<string> {
  const [dance] = await services.database.db.select({ id: organizations.id }).from(organizations)
    .where(and(eq(organizations.jurisdictionCode, gaojili), eq(organizations.name, '高基里社区夕阳红舞蹈队'), inScope(systemScope, organizations)));
  if (!dance) throw new Error('demo organization 高基里社区夕阳红舞蹈队 is missing');
  return dance.id;
}

/** The leaders' accounts, each linked to its organization; returns username → organization id. */
async function createLeaders(services: Services): Promise<Map<string, string>> {
  const { db } = services.database;
  // The seed copies the demo password from the `org` account, platform work outside any request: the system scope.
  const [org] = await db.select({ passwordHash: users.passwordHash }).from(users).where(and(eq(users.username, 'org'), inScope(systemScope, users)));
  if (!org) throw new Error('the demo account `org` is missing');
  const ids = new Map<string, string>();
  await db.transaction(async (tx) => {
    for (const leader of demoLeaders) {
      const [organization] = await tx.select({ id: organizations.id }).from(organizations)
        .where(and(eq(organizations.jurisdictionCode, gaojili), eq(organizations.name, leader.organization), eq(organizations.status, 'active'), inScope(systemScope, organizations)));
      if (!organization) throw new Error(`demo organization ${leader.organization} is not active`);
      await insertUser(tx, services.fieldKeys, {
        username: leader.username, displayName: leader.displayName, phone: leader.phone, role: 'org', jurisdictionCode: gaojili,
        organizationId: organization.id, passwordHash: org.passwordHash, mustChangePassword: false,
      });
      ids.set(leader.username, organization.id);
    }
  });
  return ids;
}
