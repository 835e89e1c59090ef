import type { GenerationStep, StepContext } from '../step';

type Shares = readonly (readonly ['accepted' | 'submitted' | 'returned' | 'draft', number])[];

/**
 * 年报 of the active filed and registered organizations that existed by the end of the year, due
 * 05-31 of the next: the year before last all but settled, last year's mostly accepted by "today",
 * some waiting for review, returned or still in draft; the rest missing (they owe it, the credit
 * lists step enters them on the abnormal list). Reviewed by the street (filed) or the bureau (registered).
 */
const reportYears: { ago: number; shares: Shares }[] = [
  { ago: 2, shares: [['accepted', 0.93], ['returned', 0.01]] },
  { ago: 1, shares: [['accepted', 0.75], ['submitted', 0.08], ['returned', 0.04], ['draft', 0.03]] },
];

export const yearOf = (context: StepContext, ago: number) => Number(context.today.slice(0, 4)) - ago;

/** The condition on `organizations o`: generated, active, filed or registered, on record by the end of `year` (Asia/Shanghai). */
export const supervisedByEndOf = (creator: string, year: number) => `
  o.district_code = $1 AND o.created_by = ${creator} AND o.status = 'active' AND o.org_class IN ('filed', 'registered')
    AND coalesce((o.filed_at AT TIME ZONE 'Asia/Shanghai')::date, o.registered_on) < date '${year + 1}-01-01'`;

const annualReportsOf = (ago: number, shares: Shares): GenerationStep => ({
  name: 'annual_reports',
  sql: (context) => {
    const { h, creator } = context;
    const year = yearOf(context, ago);
    const key = (what: string) => `'annual-report:${year}:${what}:' || o.id::text`;
    return `
    WITH chosen AS (
      SELECT o.district_code, o.id AS organization_id, o.jurisdiction_code, o.org_class, o.member_count,
             ${h.share(shares, key('state'), 'missing')} AS state,
             ${h.uuid(key('id'))} AS id,
             timestamptz '${year + 1}-03-01 02:00Z' + ${h.between(0, 85, key('submitted'))} * interval '1 day' AS submitted_at,
             ${h.between(3, 20, key('reviewed'))} * interval '1 day' AS review_days,
             jsonb_build_object(
               'activities', jsonb_build_object('count', ${h.between(4, 40, key('activities'))}, 'participants', ${h.between(50, 2000, key('participants'))},
                                                'highlights', '开展邻里互助、文体活动和志愿服务'),
               'finances', jsonb_build_object('incomeFen', 100 * ${h.between(0, 30000, key('income'))}, 'expenseFen', 100 * ${h.between(0, 25000, key('expense'))},
                                              'netAssetsFen', 100 * ${h.between(0, 10000, key('assets'))}, 'sources', '会员自筹、社区资助'),
               'members', jsonb_build_object('count', o.member_count, 'joined', ${h.between(0, 5, key('joined'))}, 'left', ${h.between(0, 3, key('left'))},
                                             'leaderChanged', false),
               'partyBuilding', jsonb_build_object('partyMembers', ${h.between(0, 6, key('party'))},
                                                   'organization', CASE pb.status WHEN 'own_branch' THEN '单独建立党支部' WHEN 'joint_branch' THEN '联合党支部'
                                                                                  WHEN 'instructor' THEN '党建指导员' ELSE '未建立' END,
                                                   'activities', '组织党员参加社区主题党日'),
               'disclosures', '无') AS content
      FROM organizations o LEFT JOIN party_building pb ON pb.district_code = o.district_code AND pb.organization_id = o.id
      WHERE ${supervisedByEndOf(creator, year)}
    )
    INSERT INTO annual_reports (district_code, id, organization_id, jurisdiction_code, year, content, public_part, state, version, reviewer_level,
      submitted_by, submitted_at, reviewed_by, reviewed_at, review_note, created_by, created_at, updated_at)
    SELECT c.district_code, c.id, c.organization_id, c.jurisdiction_code, ${year}, c.content,
           CASE WHEN c.state = 'accepted' THEN jsonb_build_object('year', ${year},
             'activities', c.content->'activities', 'finances', (c.content->'finances') - 'sources',
             'members', jsonb_build_object('count', c.content->'members'->'count'),
             'partyBuilding', jsonb_build_object('organization', c.content->'partyBuilding'->'organization'), 'disclosures', c.content->'disclosures') END,
           c.state, CASE c.state WHEN 'draft' THEN 0 WHEN 'submitted' THEN 1 ELSE 2 END,
           CASE WHEN c.state <> 'draft' THEN CASE c.org_class WHEN 'filed' THEN 'street' ELSE 'bureau' END END,
           CASE WHEN c.state <> 'draft' THEN ${creator} END, CASE WHEN c.state <> 'draft' THEN c.submitted_at END,
           CASE WHEN c.state IN ('accepted', 'returned') THEN ${creator} END,
           CASE WHEN c.state IN ('accepted', 'returned') THEN c.submitted_at + c.review_days END,
           CASE c.state WHEN 'returned' THEN '财务收支情况填写不完整，请补充' END,
           ${creator}, c.submitted_at - interval '10 days',
           CASE WHEN c.state IN ('accepted', 'returned') THEN c.submitted_at + c.review_days
                WHEN c.state = 'submitted' THEN c.submitted_at ELSE c.submitted_at - interval '10 days' END
    FROM chosen c WHERE c.state <> 'missing'`;
  },
});

/** The steps of each report on the case timeline (submit, then accept or return), as the runner appends them. */
const annualReportTransitions: GenerationStep = {
  name: 'case_transitions',
  sql: ({ h, creator }) => `
    INSERT INTO case_transitions (district_code, id, case_type, case_id, jurisdiction_code, action, from_state, to_state,
      actor_user_id, actor_name, actor_role, opinion, created_at)
    SELECT r.district_code, ${h.uuid(`'transition:' || r.id::text || ':' || s.n`)}, 'annual_report', r.id, r.jurisdiction_code, s.action, s.from_state, s.to_state,
           ${creator}, s.actor_name, s.role, s.opinion, s.at
    FROM annual_reports r
    CROSS JOIN LATERAL (VALUES
      (1, 'submit', 'draft', 'submitted', 'org', '组织负责人', NULL, r.submitted_at),
      (2, CASE r.state WHEN 'returned' THEN 'return' ELSE 'accept' END, 'submitted', r.state,
          CASE r.reviewer_level WHEN 'street' THEN 'street' ELSE 'bureau' END,
          CASE r.reviewer_level WHEN 'street' THEN '街道工作人员' ELSE '民政局工作人员' END, r.review_note, r.reviewed_at)
    ) AS s(n, action, from_state, to_state, role, actor_name, opinion, at)
    WHERE r.district_code = $1 AND r.created_by = ${creator} AND s.n <= r.version`,
};

/** The timeline lines: submitted, and accepted or returned. */
const annualReportEvents: GenerationStep = {
  name: 'organization_events',
  sql: ({ h, creator }) => `
    INSERT INTO organization_events (district_code, id, organization_id, jurisdiction_code, kind, subject_id, details, actor_id, occurred_at, created_at)
    SELECT t.district_code, ${h.uuid(`'event:' || t.id::text`)}, r.organization_id, r.jurisdiction_code,
           'annualReports.' || t.to_state, r.id, jsonb_build_object('year', r.year), ${creator}, t.created_at, t.created_at
    FROM case_transitions t JOIN annual_reports r ON r.district_code = t.district_code AND r.id = t.case_id
    WHERE t.district_code = $1 AND t.case_type = 'annual_report' AND r.created_by = ${creator}`,
};

export const annualReportSteps = [...reportYears.map((y) => annualReportsOf(y.ago, y.shares)), annualReportTransitions, annualReportEvents];
