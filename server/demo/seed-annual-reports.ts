import { and, eq, inArray } from 'drizzle-orm';
import type { Services } from '../platform/context';
import { withoutScope } from '../platform/db/scope-guard';
import { inScope, systemScope } from '../platform/policy/policy';
import { organizations } from '../modules/organizations/organizations.tables';
import type { Organization } from '../modules/organizations/find-organization';
import { annualReports } from '../modules/annual-reports/annual-reports.tables';
import type { AnnualReportContent } from '../modules/annual-reports/annual-reports.tables';
import { publicPartOf } from '../modules/annual-reports/annual-report-presenter';
import { insertCreditEntry, removeCreditEntry } from '../modules/credit-lists/credit-entry-writes';
import { creditListRequests } from '../modules/credit-lists/credit-lists.tables';
import { authorityName } from '../modules/jurisdictions/jurisdiction-names';
import { demoActors } from './demo-actors';

/**
 * Annual reports and credit lists as a running platform would have them at the end of the year: the
 * demo's filed organizations were filed during last year, so last year's reports are owed. Most are
 * accepted, one waits for the street, one was returned; 夕阳红舞蹈队 (the `org` account's) has not
 * filed yet. The lists hold an abnormal entry with an objection waiting, a serious entry moved on from
 * the abnormal list, and an entry removed by credit repair (kept in the archive, gone from the portal).
 */
export async function seedDemoAnnualReports(services: Services): Promise<{ reports: number; entries: number }> {
  const { db } = services.database;
  const year = new Date().getFullYear() - 1;
  const byName = await withoutScope('demo data is written by the platform', async () => {
    const rows = await db.select().from(organizations).where(and(eq(organizations.status, 'active'), inArray(organizations.orgClass, ['filed', 'registered']), inScope(systemScope, organizations)));
    return new Map(rows.map((o) => [o.name, o]));
  });
  const named = (name: string) => {
    const o = byName.get(name);
    if (!o) throw new Error(`demo organization ${name} is missing`);
    return o;
  };
  // 夕阳红 filed late last year, so its first year runs into this one and its recent activities count;
  // two others filed years ago, for the older entries on the credit lists.
  const backdated: Record<string, string> = { '高基里社区夕阳红舞蹈队': `${year}-12-10`, '江埗村农机互助队': '2022-04-12', '花厅社区绿色家园环保队': '2023-05-08' };
  let reports = 0;
  await db.transaction(async (tx) => {
    let month = 2;
    for (const o of byName.values()) {
      if (o.orgClass !== 'filed') continue;
      const filedOn = backdated[o.name] ?? `${year}-${String((month++ % 10) + 2).padStart(2, '0')}-15`;
      await tx.update(organizations).set({ filedAt: new Date(`${filedOn}T02:00:00Z`) }).where(and(eq(organizations.districtCode, o.districtCode), eq(organizations.id, o.id), inScope(systemScope, organizations)));
    }
    const states: Record<string, 'submitted' | 'returned'> = { '高基里社区邻里守望互助队': 'submitted', '高基里社区红马甲志愿服务队': 'returned' };
    for (const o of byName.values()) {
      if (o.name === '高基里社区夕阳红舞蹈队') continue;
      await insertReport(tx, o, year, states[o.name] ?? 'accepted');
      reports++;
    }
    await insertReport(tx, named('花厅社区绿色家园环保队'), year - 2, 'accepted', `${year}-07-02`);
  });

  const actorOf = await demoActors(services);
  const fengcheng = { code: '441802006', name: await authorityName(db, '441802006') };
  const dongcheng = { code: '441802007', name: await authorityName(db, '441802007') };
  await db.transaction(async (tx) => {
    const laobing = named('西门社区老兵之家服务队');
    const unreachable = await insertCreditEntry(tx, laobing, {
      list: 'abnormal', cause: 'staff_decision', reason: '通过登记的活动地址和负责人电话连续三周无法取得联系', causeOn: `${year + 1}-10-09`, dueOn: `${year + 1}-10-16`,
      enteredOn: `${year + 1}-10-14`, authority: fengcheng, enteredBy: actorOf('street').actor.userId,
    });
    await tx.insert(creditListRequests).values({
      districtCode: laobing.districtCode, entryId: unreachable.id, organizationId: laobing.id, jurisdictionCode: laobing.jurisdictionCode, kind: 'objection',
      statement: '服务队负责人住院期间由副队长代为联系，活动一直在西门社区老兵之家正常开展，现已更新联系电话。', requestedBy: laobing.createdBy, requestedAt: new Date(),
    });

    const nongji = named('江埗村农机互助队');
    const abnormal = await insertCreditEntry(tx, nongji, {
      list: 'abnormal', cause: 'missed_annual_report', reason: `未在 ${year - 1}-05-31 前报送 ${year - 2} 年度报告`, causeOn: `${year - 1}-06-01`, dueOn: `${year - 1}-06-06`,
      enteredOn: `${year - 1}-06-02`, authority: dongcheng, enteredBy: null,
    });
    await removeCreditEntry(tx, nongji, abnormal, { exit: 'moved_to_serious', on: `${year + 1}-06-02`, by: null, note: null, authorityName: dongcheng.name });
    await insertCreditEntry(tx, nongji, {
      list: 'serious', cause: 'abnormal_two_years', causeRef: abnormal.id, reason: `${year - 1}-06-02 列入活动异常名录，满 2 年仍未移出（原事由：${abnormal.reason}）`,
      causeOn: `${year + 1}-06-02`, dueOn: `${year + 1}-06-09`, enteredOn: `${year + 1}-06-02`, authority: dongcheng, enteredBy: null,
    });

    const lvse = named('花厅社区绿色家园环保队');
    const missed = await insertCreditEntry(tx, lvse, {
      list: 'abnormal', cause: 'missed_annual_report', reason: `未在 ${year}-05-31 前报送 ${year - 1} 年度报告`, causeOn: `${year}-06-01`, dueOn: `${year}-06-06`,
      enteredOn: `${year}-06-02`, authority: fengcheng, enteredBy: null,
    });
    await tx.insert(creditListRequests).values({
      districtCode: lvse.districtCode, entryId: missed.id, organizationId: lvse.id, jurisdictionCode: lvse.jurisdictionCode, kind: 'repair', state: 'granted',
      statement: `已于 ${year}-07-02 补报 ${year - 1} 年度报告。`, requestedBy: lvse.createdBy, requestedAt: new Date(`${year}-07-03T02:00:00Z`),
      decidedBy: actorOf('street').actor.userId, decidedAt: new Date(`${year}-07-10T02:00:00Z`), decisionNote: '已补报年报，经审查通过，予以信用修复',
    });
    await removeCreditEntry(tx, lvse, missed, { exit: 'repaired', on: `${year}-07-10`, by: actorOf('street').actor.userId, note: '已补报年报，予以信用修复', authorityName: fengcheng.name });
  });
  return { reports: reports + 1, entries: 4 };
}

async function insertReport(tx: Services['database']['db'], o: Organization, year: number, state: 'accepted' | 'submitted' | 'returned', submittedOn = `${year + 1}-04-20`) {
  const seed = o.name.length + year;
  const content: AnnualReportContent = {
    activities: { count: 12 + (seed % 20), participants: 200 + (seed % 9) * 45, highlights: '常态化开展社区服务和文体活动，参与社区节庆和志愿服务' },
    finances: { incomeFen: (20 + (seed % 30)) * 10_000, expenseFen: (15 + (seed % 25)) * 10_000, netAssetsFen: (5 + (seed % 7)) * 10_000, sources: '成员自愿捐赠、社区公益金' },
    members: { count: o.memberCount, joined: seed % 4, left: seed % 3, leaderChanged: false },
    partyBuilding: { partyMembers: 1 + (seed % 4), organization: '纳入社区党组织联系', activities: '参加社区主题党日活动' },
    disclosures: '活动安排和收支情况在社区公告栏公开',
  };
  const submittedAt = new Date(`${submittedOn}T02:00:00Z`);
  const reviewedAt = new Date(submittedAt.getTime() + 6 * 86_400_000);
  await tx.insert(annualReports).values({
    districtCode: o.districtCode, organizationId: o.id, jurisdictionCode: o.jurisdictionCode, year, content, state,
    publicPart: state === 'accepted' ? publicPartOf(year, content) : null, reviewerLevel: o.orgClass === 'registered' ? 'bureau' : 'street',
    submittedBy: o.createdBy, submittedAt, createdBy: o.createdBy,
    ...(state === 'submitted' ? {} : { reviewedAt, reviewNote: state === 'accepted' ? '材料齐全，审查通过' : '请补充年度收支明细和活动照片' }),
  }).onConflictDoNothing();
}
