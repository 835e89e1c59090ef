import { defaultIndexTotal, defaultIndexTree } from '../../../server/modules/grading/default-index';
import type { IndexNode } from '../../../server/modules/grading/grading.tables';
import { platformIndexCode } from '../../../server/modules/grading/index-in-force';
import { settingDefinitions } from '../../../server/platform/settings/settings';
import { literal, type GenerationStep } from '../step';

const { default: bands } = settingDefinitions['grade.bands'];
const { default: passMark } = settingDefinitions['grade.passMark'];
const { default: validityYears } = settingDefinitions['grade.validityYears'];
const { default: noticeDays } = settingDefinitions['grade.noticeDays'];

const leaves = (nodes: IndexNode[]): IndexNode[] => nodes.flatMap((n) => (n.children ? leaves(n.children) : [n]));
const metricLeaves = leaves(defaultIndexTree).filter((n) => n.rule?.kind === 'metric');
const manualPoints = leaves(defaultIndexTree).filter((n) => n.rule?.kind === 'manual').reduce((sum, n) => sum + n.points, 0);

/** The platform's default index, stored once (by the first district's run) as the first evaluation would store it. */
const platformIndex: GenerationStep = {
  name: 'evaluation_indexes',
  sql: ({ h, creator, districts, today }) => `
    INSERT INTO evaluation_indexes (id, jurisdiction_code, version, total_points, tree, created_by, created_at)
    SELECT ${h.uuid("'evaluation-index'")}, '${platformIndexCode}', 1, ${defaultIndexTotal}, ${literal(JSON.stringify(defaultIndexTree))}::jsonb, ${creator},
           timestamptz '${Number(today.slice(0, 4)) - 2}-01-01Z'
    WHERE $1 = '${districts[0]}'
    ON CONFLICT DO NOTHING`,
};

/** `gradeFor` on the default index (1,000 points) with the default bands and pass mark. */
const gradeSql = (total: string) => `CASE WHEN ${total} >= ${bands['5A']} THEN '5A' WHEN ${total} >= ${bands['4A']} THEN '4A'
  WHEN ${total} >= ${bands['3A']} THEN '3A' WHEN ${total} >= ${bands['2A']} THEN '2A' WHEN ${total} >= ${passMark} THEN '1A' ELSE 'none' END`;

/**
 * 等级评估 for one active filed or registered organization in twelve: most confirmed over the last
 * year and a half (a numbered certificate per district and year when graded, a plaque for 3A+),
 * some on notice, proposed, being scored (the computed indicators frozen) or rejected. The total is
 * the computed indicators plus the panel's manual points; no panel rows are generated.
 */
const evaluations: GenerationStep = {
  name: 'grade_evaluations',
  sql: ({ h, creator, today }) => {
    const key = (what: string) => `'grade:${what}:' || o.id::text`;
    const computed = metricLeaves.map((leaf) => `'${leaf.key}', jsonb_build_object('value', round(v.v, 2), 'points', round(${leaf.points} * v.v))`).join(', ');
    return `
    WITH chosen AS (
      SELECT o.district_code, o.id, o.jurisdiction_code, o.updated_at, d.name AS district_name,
             ${h.share([['confirmed', 0.7], ['notice', 0.08], ['proposed', 0.07], ['scoring', 0.1]], key('state'), 'rejected')} AS grade_state,
             CASE WHEN ${h.unit(key('origin'))} < 0.6 THEN 'applied' ELSE 'enrolled' END AS origin,
             date '${today}' - ${h.between(20, 540, key('confirmed'))} AS confirmed_on,
             jsonb_build_object(${computed}) AS computed,
             ${h.between(Math.round(manualPoints * 0.55), manualPoints, key('manual'))} AS manual
      FROM organizations o JOIN jurisdictions d ON d.code = o.district_code,
           LATERAL (SELECT 0.6 + 0.4 * ${h.unit(key('computed'))} AS v) v
      WHERE o.district_code = $1 AND o.created_by = ${creator} AND o.status = 'active' AND o.org_class IN ('filed', 'registered')
        AND ${h.unit(key('has'))} < 0.08
    ),
    scored AS (
      SELECT c.*, (SELECT sum((value->>'points')::numeric) FROM jsonb_each(c.computed)) + c.manual AS total
      FROM chosen c
    ),
    graded AS (
      SELECT s.*, ${gradeSql('s.total')} AS grade_for,
             row_number() OVER (PARTITION BY extract(year FROM s.confirmed_on), s.grade_state = 'confirmed' AND ${gradeSql('s.total')} <> 'none'
                                ORDER BY s.confirmed_on, s.id) AS seq
      FROM scored s
    )
    INSERT INTO grade_evaluations (district_code, id, organization_id, jurisdiction_code, index_id, origin, state, computed, total_score, proposed_grade,
      notice_ends_on, grade, confirmed_at, valid_until, certificate_number, plaque_issued_on, decision_note, created_by, created_at, updated_at)
    SELECT g.district_code, ${h.uuid(`'grade-evaluation:' || g.id::text`)}, g.id, g.jurisdiction_code,
           (SELECT id FROM evaluation_indexes WHERE jurisdiction_code = '${platformIndexCode}' AND version = 1), g.origin, g.grade_state,
           g.computed, CASE WHEN g.grade_state <> 'scoring' THEN g.total END,
           CASE WHEN g.grade_state IN ('proposed', 'notice', 'confirmed') THEN g.grade_for END,
           CASE g.grade_state WHEN 'notice' THEN date '${today}' + ${h.between(1, noticeDays, `'grade-notice:' || g.id::text`)}
                              WHEN 'confirmed' THEN g.confirmed_on - 1 END,
           CASE WHEN g.grade_state = 'confirmed' THEN g.grade_for END,
           CASE WHEN g.grade_state = 'confirmed' THEN g.confirmed_on::timestamptz + interval '2 hours' END,
           CASE WHEN g.grade_state = 'confirmed' AND g.grade_for <> 'none' THEN (g.confirmed_on + interval '${validityYears} years' - interval '1 day')::date END,
           CASE WHEN g.grade_state = 'confirmed' AND g.grade_for <> 'none'
                THEN g.district_name || '社评〔' || extract(year FROM g.confirmed_on) || '〕' || lpad(g.seq::text, 3, '0') || '号' END,
           CASE WHEN g.grade_state = 'confirmed' AND g.grade_for IN ('5A', '4A', '3A') THEN g.confirmed_on END,
           CASE WHEN g.grade_state = 'rejected' THEN '申报材料与实际情况不符' END,
           ${creator}, g.confirmed_on - 60, CASE WHEN g.grade_state = 'confirmed' THEN g.confirmed_on::timestamptz + interval '2 hours' ELSE date '${today}' - 3 END
    FROM graded g`;
  },
};

/** The timeline line of each confirmed grade. */
const gradeEvents: GenerationStep = {
  name: 'organization_events',
  sql: ({ h, creator }) => `
    INSERT INTO organization_events (district_code, id, organization_id, jurisdiction_code, kind, subject_id, details, actor_id, occurred_at, created_at)
    SELECT g.district_code, ${h.uuid(`'event:' || g.id::text`)}, g.organization_id, g.jurisdiction_code, 'grading.confirmed', g.id,
           jsonb_build_object('grade', g.grade, 'validUntil', g.valid_until), ${creator}, g.confirmed_at, g.confirmed_at
    FROM grade_evaluations g WHERE g.district_code = $1 AND g.created_by = ${creator} AND g.state = 'confirmed'`,
};

export const gradingSteps = [platformIndex, evaluations, gradeEvents];
