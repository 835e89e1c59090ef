import { settingDefinitions } from '../../../server/platform/settings/settings';
import { literal, type GenerationStep, type StepContext } from '../step';

const thisYear = (context: StepContext) => Number(context.today.slice(0, 4));
const { default: sharePercent } = settingDefinitions['spotCheck.sharePercent'];
const { default: rectificationDays } = settingDefinitions['rectification.defaultDays'];

/** The condition on `organizations o` for the draw's population: generated in the district, active, filed or registered. */
const population = (creator: string) =>
  `o.district_code = $1 AND o.created_by = ${creator} AND o.status = 'active' AND o.org_class IN ('filed', 'registered')`;

/**
 * This year's 双随机 draw of each district bureau in April: the population ordered by id with its
 * hash, as the product stores it. The generator has no accounts yet, so the inspector pool is empty;
 * the organizations are picked by the generator's hash, not `planDraw`'s stream, so the detail page
 * says the stored checks are not what the seed reproduces.
 */
const draws: GenerationStep = {
  name: 'spot_check_draws',
  sql: (context) => {
    const { h, creator } = context;
    const year = thisYear(context);
    return `
    INSERT INTO spot_check_draws (district_code, id, jurisdiction_code, year, title, seed, share_percent, population_count, population_hash,
      population, inspectors_per_check, inspector_pool, drawn_by, created_at)
    SELECT $1, ${h.uuid(`'draw:${year}:' || $1`)}, $1, ${year}, '${year}年度社区社会组织双随机抽查', md5('draw:${year}:' || $1), ${sharePercent},
           count(*), encode(sha256(convert_to(string_agg(o.id::text, E'\\n' ORDER BY o.id), 'UTF8')), 'hex'),
           jsonb_agg(jsonb_build_object('id', o.id, 'streetCode', o.street_code) ORDER BY o.id),
           ${settingDefinitions['spotCheck.inspectorsPerCheck'].default}, '[]'::jsonb, ${creator}, timestamptz '${year}-04-01 02:00Z'
    FROM organizations o WHERE ${population(creator)}
    HAVING count(*) > 0`;
  },
};

/**
 * The drawn organizations (the share, rounded up): most checked between mid-April and mid-June,
 * 合格 mostly, 需整改 a quarter, a few 不合格; the rest still planned.
 */
const checks: GenerationStep = {
  name: 'spot_checks',
  sql: (context) => {
    const { h, creator } = context;
    const year = thisYear(context);
    const key = (what: string) => `'check:${year}:${what}:' || p.id::text`;
    return `
    WITH ranked AS (
      SELECT o.id, o.jurisdiction_code, row_number() OVER (ORDER BY ${h.unit(`'drawn:${year}:' || o.id::text`)}, o.id) AS n, count(*) OVER () AS total
      FROM organizations o WHERE ${population(creator)}
    ),
    picked AS (SELECT * FROM ranked WHERE n <= greatest(1, ceil(total * ${sharePercent} / 100.0)))
    INSERT INTO spot_checks (district_code, id, draw_id, organization_id, jurisdiction_code, inspector_ids, state, checked_on, findings, conclusion,
      recorded_by, created_at, updated_at)
    SELECT $1, ${h.uuid(key('id'))}, d.id, p.id, p.jurisdiction_code, '[]'::jsonb, c.state,
           CASE WHEN c.state = 'completed' THEN c.checked_on END,
           CASE c.conclusion WHEN 'compliant' THEN '章程、名册、活动记录齐全，按章程开展活动'
                             WHEN 'rectify' THEN '活动记录不完整，财务收支未按期公开'
                             WHEN 'non_compliant' THEN '长期未开展活动，负责人无法履职' END,
           CASE WHEN c.state = 'completed' THEN c.conclusion END,
           CASE WHEN c.state = 'completed' THEN ${creator} END,
           d.created_at, CASE WHEN c.state = 'completed' THEN c.checked_on + interval '18 hours' ELSE d.created_at END
    FROM picked p
    JOIN spot_check_draws d ON d.district_code = $1 AND d.jurisdiction_code = $1 AND d.year = ${year} AND d.drawn_by = ${creator},
    LATERAL (SELECT CASE WHEN ${h.unit(key('done'))} < 0.7 THEN 'completed' ELSE 'planned' END AS state,
                    date '${year}-04-15' + ${h.between(0, 60, key('on'))} AS checked_on,
                    ${h.share([['compliant', 0.7], ['rectify', 0.25]], key('conclusion'), 'non_compliant')} AS conclusion) c`;
  },
};

/**
 * Notices of the district bureau, numbered per kind and year in issue order (清城民责改〔2026〕1号):
 * a rectification notice for each check that found problems (half fixed, the others open, or overdue
 * once the deadline passed), a reminder letter to each organization that has not filed last year's
 * annual report, and talks with 0.3% of the others.
 */
const notices: GenerationStep = {
  name: 'supervision_notices',
  sql: (context) => {
    const { h, creator, today, districtShortNames } = context;
    const year = thisYear(context);
    const shortNames = Object.entries(districtShortNames).map(([code, short]) => `(${literal(code)}, ${literal(short)})`).join(', ');
    return `
    WITH from_checks AS (
      SELECT c.organization_id, c.jurisdiction_code, c.id AS spot_check_id, 'rectification' AS kind,
             (c.checked_on + 3)::timestamptz + interval '1 hour' AS issued_at, c.findings AS problems
      FROM spot_checks c JOIN spot_check_draws d ON d.district_code = c.district_code AND d.id = c.draw_id
      WHERE c.district_code = $1 AND d.drawn_by = ${creator} AND c.conclusion IN ('rectify', 'non_compliant')
    ),
    on_their_own AS (
      SELECT o.id AS organization_id, o.jurisdiction_code, NULL::uuid AS spot_check_id,
             CASE WHEN missing.id IS NULL THEN 'talk' ELSE 'reminder_letter' END AS kind,
             CASE WHEN missing.id IS NULL THEN timestamptz '${year}-01-05 02:00Z' + ${h.between(0, 160, `'talk-on:' || o.id::text`)} * interval '1 day'
                  ELSE timestamptz '${year}-06-05 02:00Z' END AS issued_at,
             CASE WHEN missing.id IS NULL THEN '未按期报送工作报告，活动开展不规范' ELSE '未按期报送${year - 1}年度报告' END AS problems
      FROM organizations o
      LEFT JOIN LATERAL (SELECT o.id WHERE NOT EXISTS (
        SELECT 1 FROM annual_reports r WHERE r.district_code = o.district_code AND r.organization_id = o.id AND r.year = ${year - 1}
          AND r.state IN ('submitted', 'accepted'))) missing ON true
      WHERE ${population(creator)} AND coalesce((o.filed_at AT TIME ZONE 'Asia/Shanghai')::date, o.registered_on) < date '${year}-01-01'
        AND (missing.id IS NOT NULL OR ${h.unit(`'talk:' || o.id::text`)} < 0.003)
    ),
    issued AS (
      SELECT n.*, ${h.uuid(`'notice:${year}:' || n.kind || ':' || n.organization_id::text`)} AS id,
             row_number() OVER (PARTITION BY n.kind ORDER BY n.issued_at, n.organization_id) AS seq,
             CASE WHEN n.kind = 'rectification' THEN (n.issued_at AT TIME ZONE 'Asia/Shanghai')::date + ${rectificationDays} END AS deadline,
             ${h.unit(`'fixed:' || n.organization_id::text`)} < 0.5 AS fixed
      FROM (SELECT * FROM from_checks UNION ALL SELECT * FROM on_their_own) n
    ),
    stated AS (
      SELECT i.*, CASE WHEN i.kind <> 'rectification' THEN 'issued' WHEN i.fixed THEN 'fixed'
                       WHEN i.deadline < date '${today}' THEN 'overdue' ELSE 'open' END AS state,
             least(i.issued_at + interval '20 days', timestamptz '${today} 01:00Z') AS fixed_at
      FROM issued i
    )
    INSERT INTO supervision_notices (district_code, id, organization_id, jurisdiction_code, kind, number, spot_check_id, problems, requirements, deadline,
      held_at, place, participants, state, issuer_code, issued_by, issued_at, rectification_report, reported_at, fixed_at, fixed_by, created_at, updated_at)
    SELECT $1, s.id, s.organization_id, s.jurisdiction_code, s.kind,
           prefix.short || '民' || CASE s.kind WHEN 'rectification' THEN '责改' WHEN 'reminder_letter' THEN '提醒' ELSE '约谈' END
             || '〔${year}〕' || s.seq || '号',
           s.spot_check_id, s.problems,
           CASE s.kind WHEN 'talk' THEN '负责人表示按期整改，一个月内报送工作报告' WHEN 'reminder_letter' THEN '请尽快补报年度报告'
                         ELSE '请在期限内完成整改并报送整改情况' END, s.deadline,
           CASE WHEN s.kind = 'talk' THEN s.issued_at END, CASE WHEN s.kind = 'talk' THEN '区民政局会议室' END,
           CASE WHEN s.kind = 'talk' THEN '区民政局工作人员、组织负责人' END,
           s.state, $1, ${creator}, s.issued_at,
           CASE WHEN s.state = 'fixed' THEN '已补齐活动记录并在社区公开财务收支' END,
           CASE WHEN s.state = 'fixed' THEN s.fixed_at - interval '2 days' END,
           CASE WHEN s.state = 'fixed' THEN s.fixed_at END, CASE WHEN s.state = 'fixed' THEN ${creator} END,
           s.issued_at,
           CASE s.state WHEN 'fixed' THEN s.fixed_at WHEN 'overdue' THEN (s.deadline + 1)::timestamptz + interval '1 hour' ELSE s.issued_at END
    FROM stated s JOIN (VALUES ${shortNames}) AS prefix(code, short) ON prefix.code = $1`;
  },
};

/** The timeline lines: each check's result, each notice issued, each rectification overdue. */
const spotCheckEvents: GenerationStep = {
  name: 'organization_events',
  sql: ({ h, creator }) => `
    INSERT INTO organization_events (district_code, id, organization_id, jurisdiction_code, kind, subject_id, details, actor_id, occurred_at, created_at)
    SELECT c.district_code, ${h.uuid(`'event:' || c.id::text`)}, c.organization_id, c.jurisdiction_code, 'spotChecks.checked', c.id,
           jsonb_build_object('conclusion', c.conclusion, 'checkedOn', c.checked_on), ${creator}, c.updated_at, c.updated_at
    FROM spot_checks c WHERE c.district_code = $1 AND c.recorded_by = ${creator}
    UNION ALL
    SELECT n.district_code, ${h.uuid(`'event:' || n.id::text || ':' || e.what`)}, n.organization_id, n.jurisdiction_code, 'spotChecks.' || e.what, n.id,
           e.details, e.actor, e.at, e.at
    FROM supervision_notices n
    CROSS JOIN LATERAL (VALUES
      ('noticeIssued', n.issued_at, jsonb_build_object('kind', n.kind, 'number', n.number, 'deadline', n.deadline), ${creator}),
      ('overdue', n.updated_at, jsonb_build_object('number', n.number, 'deadline', n.deadline), NULL::uuid)) AS e(what, at, details, actor)
    WHERE n.district_code = $1 AND n.issued_by = ${creator} AND (e.what = 'noticeIssued' OR n.state = 'overdue')`,
};

export const spotCheckSteps = [draws, checks, notices, spotCheckEvents];
