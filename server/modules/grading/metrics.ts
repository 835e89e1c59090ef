import { and, count, desc, gte, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { shanghaiDate } from '../../platform/dates';
import { inScope, type Scope } from '../../platform/policy/policy';
import type { Settings, SettingValue } from '../../platform/settings/settings';
import type { Organization } from '../organizations/find-organization';
import { annualReports } from '../annual-reports/annual-reports.tables';
import { satisfactionResults } from '../satisfaction/satisfaction.tables';
import { creditListEntries } from '../credit-lists/credit-lists.tables';
import { partyBuilding, type PartyOrganizationStatus } from '../party-building/party-building.tables';
import { workReports } from '../work-reports/work-reports.tables';
import type { IndexNode } from './grading.tables';
import { metricLeaves, type MetricKey } from './index-tree';

/**
 * The indicators computed from data. Each metric has one set-based query (`load`, for many
 * organizations at once, in the reader's scope) and one pure scoring function (`score`) that turns an
 * organization's facts into a value and the share (0–1) of the indicator's points it earns.
 */
export type MetricSubject = Pick<Organization, 'districtCode' | 'id' | 'jurisdictionCode' | 'filedAt' | 'registeredOn' | 'foundedOn' | 'createdAt' | 'leaderPartyMember'>;
export type MetricContext = {
  /** The day the indicators are computed as of (Asia/Shanghai). */
  today: string;
  /** `annualReport.dueDate`, 'MM-DD' of the year after the report's year. */
  annualReportDueDate: string;
  workReportPeriod: SettingValue<'workReport.period'>;
};
export type MetricResult = { value: number; share: number };

type Metric<F> = {
  load(db: Db, scope: Scope, subjects: MetricSubject[], context: MetricContext): Promise<Map<string, F>>;
  score(facts: F | undefined, subject: MetricSubject, context: MetricContext): MetricResult;
};

const ratio = (done: number, due: number): MetricResult =>
  (due === 0 ? { value: 100, share: 1 } : { value: Math.round((done / due) * 100), share: done / due });

/** The day an organization's duties begin: filed, registered, founded, or recorded. */
export function startDate(subject: MetricSubject): string {
  return (subject.filedAt ? shanghaiDate(subject.filedAt) : null) ?? subject.registeredOn ?? subject.foundedOn ?? shanghaiDate(subject.createdAt);
}

// --- annual reports on time (年报按时报送): the last up-to-three years whose report has fallen due.

type AnnualFacts = { year: number; state: string; submittedOn: string | null }[];

/** Years (at most three, latest first) whose report was due by `today` and the organization existed in. */
export function annualReportYearsDue(start: string, context: Pick<MetricContext, 'today' | 'annualReportDueDate'>): number[] {
  const thisYear = Number(context.today.slice(0, 4));
  const firstYear = Number(start.slice(0, 4));
  return [thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4]
    .filter((year) => year >= firstYear && `${year + 1}-${context.annualReportDueDate}` <= context.today)
    .slice(0, 3);
}

export function scoreAnnualReports(facts: AnnualFacts | undefined, start: string, context: MetricContext): MetricResult {
  const years = annualReportYearsDue(start, context);
  const onTime = years.filter((year) => facts?.some((r) => r.year === year && ['submitted', 'accepted'].includes(r.state)
    && r.submittedOn !== null && r.submittedOn <= `${year + 1}-${context.annualReportDueDate}`));
  return ratio(onTime.length, years.length);
}

const annualReportsMetric: Metric<AnnualFacts> = {
  async load(db, scope, subjects, context) {
    const rows = await db.select({
      organizationId: annualReports.organizationId, year: annualReports.year, state: annualReports.state, submittedAt: annualReports.submittedAt,
    }).from(annualReports).where(and(
      inArray(annualReports.organizationId, subjects.map((s) => s.id)), gte(annualReports.year, Number(context.today.slice(0, 4)) - 4),
      inScope(scope, annualReports),
    ));
    return group(rows, (r) => ({ year: r.year, state: r.state, submittedOn: r.submittedAt ? shanghaiDate(r.submittedAt) : null }));
  },
  score: (facts, subject, context) => scoreAnnualReports(facts, startDate(subject), context),
};

// --- satisfaction (满意度测评): the latest closed round's score, 0–100, in proportion.

export function scoreSatisfaction(score: number | undefined): MetricResult {
  return score === undefined ? { value: 0, share: 0 } : { value: score, share: Math.min(100, Math.max(0, score)) / 100 };
}

const satisfactionMetric: Metric<number> = {
  async load(db, scope, subjects) {
    const rows = await db.selectDistinctOn([satisfactionResults.organizationId], {
      organizationId: satisfactionResults.organizationId, score: satisfactionResults.score,
    }).from(satisfactionResults).where(and(inArray(satisfactionResults.organizationId, subjects.map((s) => s.id)), inScope(scope, satisfactionResults)))
      .orderBy(satisfactionResults.organizationId, desc(satisfactionResults.closedAt));
    return new Map(rows.map((r) => [r.organizationId, r.score]));
  },
  score: (facts) => scoreSatisfaction(facts),
};

// --- credit status (信用状况): no open entry full; open on the abnormal list half; on the serious list none.

export type CreditFacts = { abnormal: boolean; serious: boolean };

/** value: 0 clean, 1 on the abnormal-activity list, 2 on the serious-violation list. */
export function scoreCreditStatus(facts: CreditFacts | undefined): MetricResult {
  if (facts?.serious) return { value: 2, share: 0 };
  if (facts?.abnormal) return { value: 1, share: 0.5 };
  return { value: 0, share: 1 };
}

const creditStatusMetric: Metric<CreditFacts> = {
  async load(db, scope, subjects) {
    const rows = await db.select({ organizationId: creditListEntries.organizationId, list: creditListEntries.list, n: count() }).from(creditListEntries)
      .where(and(inArray(creditListEntries.organizationId, subjects.map((s) => s.id)), isNull(creditListEntries.removedOn), inScope(scope, creditListEntries)))
      .groupBy(creditListEntries.organizationId, creditListEntries.list);
    const facts = new Map<string, CreditFacts>();
    for (const row of rows) {
      const entry = facts.get(row.organizationId) ?? { abnormal: false, serious: false };
      entry[row.list] = true;
      facts.set(row.organizationId, entry);
    }
    return facts;
  },
  score: (facts) => scoreCreditStatus(facts),
};

// --- party organization (党组织建设): own branch full, joint branch most, an instructor some, none nothing.

const partyShares: Record<PartyOrganizationStatus, number> = { own_branch: 1, joint_branch: 0.8, instructor: 0.5, none: 0 };
const partyValues: Record<PartyOrganizationStatus, number> = { own_branch: 3, joint_branch: 2, instructor: 1, none: 0 };

/** value: 3 own branch, 2 joint branch, 1 instructor, 0 none. */
export function scorePartyOrganization(status: PartyOrganizationStatus | undefined): MetricResult {
  const s = status ?? 'none';
  return { value: partyValues[s], share: partyShares[s] };
}

const partyOrganizationMetric: Metric<PartyOrganizationStatus> = {
  async load(db, scope, subjects) {
    const rows = await db.select({ organizationId: partyBuilding.organizationId, status: partyBuilding.status }).from(partyBuilding)
      .where(and(inArray(partyBuilding.organizationId, subjects.map((s) => s.id)), inScope(scope, partyBuilding)));
    return new Map(rows.map((r) => [r.organizationId, r.status]));
  },
  score: (status) => scorePartyOrganization(status),
};

// --- the leader is a party member (负责人为党员): on the organization's own row, no query of its own.

const leaderPartyMemberMetric: Metric<null> = {
  load: async () => new Map<string, null>(),
  score: (_facts, subject) => (subject.leaderPartyMember ? { value: 1, share: 1 } : { value: 0, share: 0 }),
};

// --- work reports to the 两委 (定期报告): the share of the past year's periods acknowledged.

type WorkReportPeriod = { label: string; endsOn: string };
const periodMonths = { quarter: 3, half_year: 6, year: 12 } as const;

/** The periods (`workReport.period`) that ended in the year before `today`, latest first: 2026Q3, 2026H1, 2025. */
export function lastYearPeriods(kind: MetricContext['workReportPeriod'], today: string): WorkReportPeriod[] {
  const months = periodMonths[kind];
  let year = Number(today.slice(0, 4));
  let index = Math.floor((Number(today.slice(5, 7)) - 1) / months);
  return Array.from({ length: 12 / months }, () => {
    index -= 1;
    if (index < 0) { year -= 1; index = 12 / months - 1; }
    const endsOn = new Date(Date.UTC(year, (index + 1) * months, 0)).toISOString().slice(0, 10);
    const label = kind === 'year' ? String(year) : kind === 'half_year' ? `${year}H${index + 1}` : `${year}Q${index + 1}`;
    return { label, endsOn };
  });
}

export function scoreWorkReports(facts: { period: string; state: string }[] | undefined, start: string, context: MetricContext): MetricResult {
  const due = lastYearPeriods(context.workReportPeriod, context.today).filter((p) => p.endsOn >= start);
  const acknowledged = due.filter((p) => facts?.some((r) => r.period === p.label && r.state === 'acknowledged'));
  return ratio(acknowledged.length, due.length);
}

const workReportsMetric: Metric<{ period: string; state: string }[]> = {
  async load(db, scope, subjects, context) {
    const periods = lastYearPeriods(context.workReportPeriod, context.today).map((p) => p.label);
    const rows = await db.select({ organizationId: workReports.organizationId, period: workReports.period, state: workReports.state }).from(workReports)
      .where(and(inArray(workReports.organizationId, subjects.map((s) => s.id)), inArray(workReports.period, periods), inScope(scope, workReports)));
    return group(rows, (r) => ({ period: r.period, state: r.state }));
  },
  score: (facts, subject, context) => scoreWorkReports(facts, startDate(subject), context),
};

function group<R extends { organizationId: string }, F>(rows: R[], pick: (row: R) => F): Map<string, F[]> {
  const map = new Map<string, F[]>();
  for (const row of rows) map.set(row.organizationId, [...(map.get(row.organizationId) ?? []), pick(row)]);
  return map;
}

const metrics: Record<MetricKey, Metric<unknown>> = {
  annualReports: annualReportsMetric as Metric<unknown>,
  satisfaction: satisfactionMetric as Metric<unknown>,
  creditStatus: creditStatusMetric as Metric<unknown>,
  partyOrganization: partyOrganizationMetric as Metric<unknown>,
  leaderPartyMember: leaderPartyMemberMetric as Metric<unknown>,
  workReports: workReportsMetric as Metric<unknown>,
};

export type ComputedIndicators = Record<string, { value: number; points: number }>;

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The computed indicators of an index for a set of organizations: one query per metric the index
 * uses, whatever the number of organizations. Points are the indicator's points times the share.
 */
export async function computeIndicators(
  db: Db, scope: Scope, subjects: MetricSubject[], tree: IndexNode[], context: MetricContext,
): Promise<Map<string, ComputedIndicators>> {
  const leaves = metricLeaves(tree);
  const result = new Map(subjects.map((s) => [s.id, {} as ComputedIndicators]));
  if (!subjects.length || !leaves.length) return result;
  const facts = new Map(await Promise.all(leaves.map(async (leaf) =>
    [leaf.rule.metric, await metrics[leaf.rule.metric].load(db, scope, subjects, context)] as const)));
  for (const subject of subjects) {
    for (const leaf of leaves) {
      const { value, share } = metrics[leaf.rule.metric].score(facts.get(leaf.rule.metric)!.get(subject.id), subject, context);
      result.get(subject.id)![leaf.key] = { value: round2(value), points: round2(leaf.points * share) };
    }
  }
  return result;
}

/** The settings the metrics read, as of a time. */
export async function metricContextAt(settings: Settings, at: Date): Promise<MetricContext> {
  const [annualReportDueDate, workReportPeriod] = await Promise.all([settings.get('annualReport.dueDate'), settings.get('workReport.period')]);
  return { today: shanghaiDate(at), annualReportDueDate, workReportPeriod };
}
