import { lastEndedReportPeriod, previousReportPeriod, reportPeriod, reportPeriodLabel } from '../../../server/modules/work-reports/report-period';
import type { GenerationStep, StepContext } from '../step';

type Shares = readonly (readonly ['acknowledged' | 'submitted' | 'returned', number])[];

/** The two half years (the default `workReport.period`) that ended before "today": the earlier, the later. */
function endedPeriods(today: string): [string, string] {
  const last = lastEndedReportPeriod(new Date(`${today}T12:00:00+08:00`), 'half_year');
  return [previousReportPeriod(last), last];
}

/**
 * 定期报告 to the 两委 by active organizations that existed before the period ended: the earlier
 * period mostly acknowledged by the committee, the later one with some waiting and some returned;
 * the rest missing (the committee's missing list).
 */
const workReportsOf = (which: 0 | 1, shares: Shares): GenerationStep => ({
  name: 'work_reports',
  sql: ({ h, creator, today }: StepContext) => {
    const period = endedPeriods(today)[which];
    const { end } = reportPeriod(period);
    const key = (what: string, column = 'o.id') => `'work-report:${period}:${what}:' || ${column}::text`;
    return `
    WITH chosen AS (
      SELECT o.*, ${h.share(shares, key('state'), 'missing')} AS report_state,
             timestamptz '${end.toISOString()}' + ${h.between(1, 14, key('submitted'))} * interval '1 day' + interval '2 hours' AS submitted_at,
             ${h.between(1, 10, key('reviewed'))} * interval '1 day' AS review_days
      FROM organizations o
      WHERE o.district_code = $1 AND o.created_by = ${creator} AND o.status = 'active' AND o.created_at < timestamptz '${end.toISOString()}'
    )
    INSERT INTO work_reports (district_code, id, organization_id, jurisdiction_code, period, activities_held, participants, funds_in_fen, funds_out_fen,
      summary, plans, state, submitted_by, submitted_at, reviewed_by, reviewed_at, review_note, created_at, updated_at)
    SELECT c.district_code, ${h.uuid(key('id', 'c.id'))}, c.id, c.jurisdiction_code, '${period}',
           ${h.between(1, 15, key('held', 'c.id'))}, ${h.between(20, 600, key('participants', 'c.id'))},
           100 * ${h.between(0, 8000, key('in', 'c.id'))}, 100 * ${h.between(0, 6000, key('out', 'c.id'))},
           '本期开展文体、邻里互助和志愿服务活动，居民参与积极', '下期继续开展常态化活动，发展新成员', c.report_state,
           ${creator}, c.submitted_at,
           CASE WHEN c.report_state <> 'submitted' THEN ${creator} END,
           CASE WHEN c.report_state <> 'submitted' THEN c.submitted_at + c.review_days END,
           CASE WHEN c.report_state = 'returned' THEN '请补充活动照片和参与人数明细' END,
           c.submitted_at, CASE WHEN c.report_state = 'submitted' THEN c.submitted_at ELSE c.submitted_at + c.review_days END
    FROM chosen c WHERE c.report_state <> 'missing'`;
  },
});

/** The timeline lines: submitted, and acknowledged or returned. */
const workReportEvents: GenerationStep = {
  name: 'organization_events',
  sql: ({ h, creator }) => `
    INSERT INTO organization_events (district_code, id, organization_id, jurisdiction_code, kind, subject_id, details, actor_id, occurred_at, created_at)
    SELECT r.district_code, ${h.uuid(`'event:' || r.id::text || ':' || e.what`)}, r.organization_id, r.jurisdiction_code, 'workReports.' || e.what, r.id,
           jsonb_build_object('period', ${periodLabelSql('r.period')}), ${creator}, e.at, e.at
    FROM work_reports r
    CROSS JOIN LATERAL (VALUES ('submitted', r.submitted_at), (r.state, r.reviewed_at)) AS e(what, at)
    WHERE r.district_code = $1 AND r.submitted_by = ${creator} AND e.at IS NOT NULL`,
};

/** `reportPeriodLabel` for half years, in SQL: 2025H1 → 2025年上半年. */
function periodLabelSql(column: string): string {
  const [first, second] = ['2000H1', '2000H2'].map((p) => reportPeriodLabel(p).slice(4));
  return `substr(${column}, 1, 4) || CASE substr(${column}, 5) WHEN 'H1' THEN '${first}' ELSE '${second}' END`;
}

/**
 * 重大活动报告 by a share of active organizations, starting from ten months before "today" to two
 * months after: past ones mostly acknowledged (some returned or withdrawn), coming ones waiting or
 * acknowledged; more than 200 expected (the default `majorActivity.streetThreshold`) goes to the
 * street; a few reported late (inside the 7 days of `majorActivity.daysBefore`).
 */
const majorActivities: GenerationStep = {
  name: 'major_activity_reports',
  sql: ({ h, creator, today }) => {
    const key = (what: string) => `'major-activity:${what}:' || o.id::text`;
    return `
    WITH chosen AS (
      SELECT o.*, ${h.uuid(key('id'))} AS report_id,
             timestamptz '${today} 01:00Z' + ${h.between(-300, 60, key('starts'))} * interval '1 day' AS starts_at,
             ${h.between(50, 400, key('expected'))} AS expected, ${h.unit(key('late'))} < 0.05 AS late,
             ${h.pick(['festival', 'performance', 'sports', 'gathering'], key('kind'))} AS activity_kind,
             ${h.unit(key('state'))} AS u
      FROM organizations o
      WHERE o.district_code = $1 AND o.created_by = ${creator} AND o.status = 'active' AND ${h.unit(key('has'))} < 0.12
    ),
    stated AS (
      SELECT c.*, c.starts_at - CASE WHEN c.late THEN 3 ELSE 14 END * interval '1 day' AS reported_at,
             CASE WHEN c.starts_at > timestamptz '${today} 16:00Z' THEN CASE WHEN c.u < 0.7 THEN 'submitted' ELSE 'acknowledged' END
                  WHEN c.u < 0.85 THEN 'acknowledged' WHEN c.u < 0.9 THEN 'returned' ELSE 'withdrawn' END AS report_state
      FROM chosen c
    )
    INSERT INTO major_activity_reports (district_code, id, organization_id, jurisdiction_code, kind, title, venue, starts_at, ends_at,
      expected_participants, safety_plan, acknowledger_level, late, state, reported_by, reported_at, reviewed_by, reviewed_at, review_note,
      created_at, updated_at)
    SELECT s.district_code, s.report_id, s.id, s.jurisdiction_code, s.activity_kind,
           CASE s.activity_kind WHEN 'festival' THEN '中秋邻里游园会' WHEN 'performance' THEN '社区文艺汇演' WHEN 'sports' THEN '社区趣味运动会' ELSE '邻里百家宴' END,
           s.address, s.starts_at, s.starts_at + interval '4 hours', s.expected,
           '设安全员和疏散通道，配备急救药箱，提前报告社区', CASE WHEN s.expected > 200 THEN 'street' ELSE 'committee' END, s.late, s.report_state,
           ${creator}, s.reported_at,
           CASE WHEN s.report_state IN ('acknowledged', 'returned') THEN ${creator} END,
           CASE WHEN s.report_state IN ('acknowledged', 'returned') THEN s.reported_at + interval '1 day' END,
           CASE WHEN s.report_state = 'returned' THEN '请补充场地安全评估' END,
           s.reported_at, CASE WHEN s.report_state = 'submitted' THEN s.reported_at ELSE s.reported_at + interval '1 day' END
    FROM stated s`;
  },
};

/** The timeline lines: reported, and what came of it. */
const majorActivityEvents: GenerationStep = {
  name: 'organization_events',
  sql: ({ h, creator }) => `
    INSERT INTO organization_events (district_code, id, organization_id, jurisdiction_code, kind, subject_id, details, actor_id, occurred_at, created_at)
    SELECT r.district_code, ${h.uuid(`'event:' || r.id::text || ':' || e.what`)}, r.organization_id, r.jurisdiction_code, 'majorActivities.' || e.what, r.id,
           e.details, ${creator}, e.at, e.at
    FROM major_activity_reports r
    CROSS JOIN LATERAL (VALUES
      ('reported', r.reported_at, jsonb_build_object('title', r.title, 'date', (r.starts_at AT TIME ZONE 'Asia/Shanghai')::date, 'late', r.late)),
      (r.state, r.updated_at, jsonb_build_object('title', r.title))) AS e(what, at, details)
    WHERE r.district_code = $1 AND r.reported_by = ${creator} AND e.what <> 'submitted'`,
};

export const workReportSteps = [
  workReportsOf(0, [['acknowledged', 0.85], ['returned', 0.02]]),
  workReportsOf(1, [['acknowledged', 0.7], ['submitted', 0.08], ['returned', 0.04]]),
  workReportEvents, majorActivities, majorActivityEvents,
];
