import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '../../platform/dates';
import type { TestApp } from '../../test/test-app';
import { annualReports } from '../annual-reports/annual-reports.tables';
import { satisfactionResults, satisfactionRounds } from '../satisfaction/satisfaction.tables';
import { creditListEntries, type CreditListKind } from '../credit-lists/credit-lists.tables';
import { partyBuilding, type PartyOrganizationStatus } from '../party-building/party-building.tables';
import { workReports } from '../work-reports/work-reports.tables';

/**
 * Rows the other supervision areas write, inserted straight into their tables (those areas' actions
 * are built beside this one), for the computed indicators of an organization in 高基里社区.
 */
const place = { districtCode: '441802', jurisdictionCode: '441802006001' };
const someone = randomUUID();
const db = (t: TestApp) => t.services.database.db;

export const today = () => shanghaiDate(new Date());

/** The last year whose annual report has fallen due by today (`annualReport.dueDate` 05-31). */
export function lastDueYear(): number {
  const year = Number(today().slice(0, 4));
  return today() >= `${year}-05-31` ? year - 1 : year - 2;
}

/** The two half years that ended most recently, latest first ('2026H1', '2025H2'). */
export function lastTwoHalfYears(): [string, string] {
  const year = Number(today().slice(0, 4));
  return Number(today().slice(5, 7)) >= 7 ? [`${year}H1`, `${year - 1}H2`] : [`${year - 1}H2`, `${year - 1}H1`];
}

export async function backdateFiling(t: TestApp, organizationId: string, years: number) {
  await db(t).execute(sql`UPDATE organizations SET filed_at = now() - make_interval(years => ${years}) WHERE id = ${organizationId} /*scope:organizations*/`);
}

export async function insertAnnualReport(t: TestApp, organizationId: string, year: number, submittedAt: string, state: 'submitted' | 'accepted' = 'accepted') {
  await db(t).insert(annualReports).values({
    ...place, organizationId, year, state, submittedAt: new Date(submittedAt), submittedBy: someone, createdBy: someone,
    content: {
      activities: { count: 12, participants: 300, highlights: '广场舞进社区' }, finances: { incomeFen: 0, expenseFen: 0, netAssetsFen: 0, sources: '自筹' },
      members: { count: 10, joined: 0, left: 0, leaderChanged: false }, partyBuilding: { partyMembers: 3, organization: '联合党支部', activities: '主题党日' },
      disclosures: '无',
    },
  });
}

export async function insertSatisfactionResult(t: TestApp, organizationId: string, score: number, closedAt: string) {
  const roundId = randomUUID();
  await db(t).insert(satisfactionRounds).values({
    ...place, id: roundId, title: `满意度测评 ${closedAt}`, items: [{ key: 'overall', label: '总体' }], scale: 'three_level',
    weights: { committee_member: 40, resident_rep: 40, local_unit: 20 }, opensOn: closedAt.slice(0, 10), closesOn: closedAt.slice(0, 10),
    state: 'closed', openedBy: someone,
  });
  await db(t).insert(satisfactionResults).values({
    ...place, roundId, organizationId, score, rank: 1, rating: 'satisfied', byKind: {}, byItem: {}, evaluatorCount: 9, closedAt: new Date(closedAt),
  });
}

export async function insertCreditEntry(t: TestApp, organizationId: string, list: CreditListKind, removed = false) {
  await db(t).insert(creditListEntries).values({
    ...place, organizationId, list, cause: 'staff_decision', reason: '未按规定开展活动', basis: '《社会组织信用信息管理办法》',
    causeOn: '2026-01-05', dueOn: '2026-01-12', enteredOn: '2026-01-08', authorityCode: '441802', authorityName: '清远市清城区民政局',
    removedOn: removed ? '2026-06-01' : null, exit: removed ? 'cause_fixed' : null,
  });
}

export async function setPartyStatus(t: TestApp, organizationId: string, status: PartyOrganizationStatus) {
  await db(t).insert(partyBuilding).values({ ...place, organizationId, status, updatedBy: someone });
}

export async function insertWorkReport(t: TestApp, organizationId: string, period: string, state: 'submitted' | 'acknowledged') {
  await db(t).insert(workReports).values({
    ...place, organizationId, period, activitiesHeld: 6, participants: 120, fundsInFen: 0, fundsOutFen: 0, summary: '开展活动六次', plans: '继续开展',
    state, submittedBy: someone, submittedAt: new Date(),
  });
}

/** Ends a grade's public notice, as if its days had passed. */
export function endGradeNotice(t: TestApp, id: string) {
  return db(t).execute(sql`UPDATE grade_evaluations SET notice_ends_on = current_date - 1 WHERE id = ${id} /*scope:grade_evaluations*/`);
}
