import { defaultSatisfactionItems } from '../../../server/modules/satisfaction/satisfaction.schemas';
import { settingDefinitions } from '../../../server/platform/settings/settings';
import { literal, type GenerationStep, type StepContext } from '../step';

/** Three evaluators of each kind (两委成员, 居民代表, 辖区单位) per round. */
const evaluatorKinds = ['committee_member', 'resident_rep', 'local_unit'] as const;
const evaluatorsPerKind = 3;
/** Organizations that most evaluators rate 基本满意 or 不满意: their results fall in 不满意. */
const poorShare = 0.05;

const roundYear = (context: StepContext) => Number(context.today.slice(0, 4)) - 1;

/**
 * 满意度测评: each community's committee held one round in December of last year for the active
 * organizations of the community, on the three-level scale with the default items and weights,
 * closed with every evaluator done.
 */
const rounds: GenerationStep = {
  name: 'satisfaction_rounds',
  sql: (context) => {
    const { h, creator } = context;
    const year = roundYear(context);
    return `
    INSERT INTO satisfaction_rounds (district_code, id, jurisdiction_code, title, items, scale, weights, opens_on, closes_on, state,
      opened_by, closed_by, closed_at, created_at, updated_at)
    SELECT $1, ${h.uuid(`'round:${year}:' || c.code`)}, c.code, '${year}年度社会组织满意度测评', ${literal(JSON.stringify(defaultSatisfactionItems))}::jsonb,
           'three_level', ${literal(JSON.stringify(settingDefinitions['satisfaction.weights'].default))}::jsonb,
           date '${year}-12-01', date '${year}-12-15', 'closed', ${creator}, ${creator}, timestamptz '${year}-12-16 01:00Z',
           timestamptz '${year}-11-28 02:00Z', timestamptz '${year}-12-16 01:00Z'
    FROM (SELECT DISTINCT jurisdiction_code AS code FROM organizations WHERE district_code = $1 AND created_by = ${creator} AND status = 'active') c`;
  },
};

const roundOrganizations: GenerationStep = {
  name: 'satisfaction_round_organizations',
  sql: ({ creator }) => `
    INSERT INTO satisfaction_round_organizations (district_code, round_id, organization_id, jurisdiction_code)
    SELECT r.district_code, r.id, o.id, o.jurisdiction_code
    FROM satisfaction_rounds r JOIN organizations o ON o.district_code = r.district_code AND o.jurisdiction_code = r.jurisdiction_code
    WHERE r.district_code = $1 AND r.opened_by = ${creator} AND o.created_by = ${creator} AND o.status = 'active'`,
};

const evaluators: GenerationStep = {
  name: 'satisfaction_evaluators',
  sql: ({ h, creator }) => `
    INSERT INTO satisfaction_evaluators (district_code, id, round_id, jurisdiction_code, kind, name, affiliation, token_hash, submitted_at, created_at)
    SELECT r.district_code, ${h.uuid(`'evaluator:' || r.id::text || ':' || i`)}, r.id, r.jurisdiction_code, k.kind,
           CASE k.kind WHEN 'committee_member' THEN '两委成员' WHEN 'resident_rep' THEN '居民代表' ELSE '辖区单位代表' END || j,
           CASE WHEN k.kind = 'local_unit' THEN '辖区单位' || j END,
           ${h.hex64(`'evaluator-token:' || r.id::text || ':' || i`)}, r.opens_on + j + interval '2 hours', r.created_at
    FROM satisfaction_rounds r,
         generate_series(1, ${evaluatorKinds.length * evaluatorsPerKind}) AS i,
         LATERAL (SELECT (ARRAY['${evaluatorKinds.join("','")}'])[1 + (i - 1) / ${evaluatorsPerKind}] AS kind, 1 + (i - 1) % ${evaluatorsPerKind} AS j) k
    WHERE r.district_code = $1 AND r.opened_by = ${creator}`,
};

/** Every evaluator scores every organization on every item: mostly 满意, the poor ones mostly less. */
const scores: GenerationStep = {
  name: 'satisfaction_scores',
  sql: ({ h, creator }) => `
    INSERT INTO satisfaction_scores (district_code, round_id, evaluator_id, organization_id, jurisdiction_code, item_key, score, created_at)
    SELECT e.district_code, e.round_id, e.id, ro.organization_id, ro.jurisdiction_code, item.key,
           CASE WHEN q.poor THEN CASE WHEN u.u < 0.1 THEN 3 WHEN u.u < 0.5 THEN 2 ELSE 1 END
                ELSE CASE WHEN u.u < 0.3 + 0.7 * q.q THEN 3 WHEN u.u < 0.97 THEN 2 ELSE 1 END END,
           e.submitted_at
    FROM satisfaction_evaluators e
    JOIN satisfaction_rounds r ON r.district_code = e.district_code AND r.id = e.round_id
    JOIN satisfaction_round_organizations ro ON ro.district_code = e.district_code AND ro.round_id = e.round_id
    CROSS JOIN LATERAL jsonb_to_recordset(r.items) AS item(key text)
    CROSS JOIN LATERAL (SELECT ${h.unit(`'quality:' || ro.organization_id::text`)} AS q,
                               ${h.unit(`'poor:' || ro.organization_id::text`)} < ${poorShare} AS poor) q
    CROSS JOIN LATERAL (SELECT ${h.unit(`'score:' || e.id::text || ':' || ro.organization_id::text || ':' || item.key`)} AS u) u
    WHERE e.district_code = $1 AND r.opened_by = ${creator}`,
};

/**
 * The results closing computes (satisfaction-score.ts, in SQL for three-level rounds where every
 * kind scored): 3/2/1 → 100/60/0, the mean per kind, weighted by the round's weights; by item the
 * same per item; ranks shared on ties; rated by the default `satisfaction.bands`.
 */
const results: GenerationStep = {
  name: 'satisfaction_results',
  sql: ({ creator }) => {
    const { satisfied, basicallySatisfied } = settingDefinitions['satisfaction.bands'].default;
    return `
    WITH points AS (
      SELECT s.district_code, s.round_id, s.organization_id, s.jurisdiction_code, s.item_key, e.kind, s.evaluator_id,
             CASE s.score WHEN 3 THEN 100 WHEN 2 THEN 60 ELSE 0 END AS points, (r.weights->>e.kind)::numeric AS weight
      FROM satisfaction_scores s
      JOIN satisfaction_evaluators e ON e.district_code = s.district_code AND e.id = s.evaluator_id
      JOIN satisfaction_rounds r ON r.district_code = s.district_code AND r.id = s.round_id
      WHERE s.district_code = $1 AND r.opened_by = ${creator}
    ),
    per_kind AS (
      SELECT district_code, round_id, organization_id, jurisdiction_code, kind, weight, avg(points) AS mean, count(DISTINCT evaluator_id) AS evaluators
      FROM points GROUP BY district_code, round_id, organization_id, jurisdiction_code, kind, weight
    ),
    per_item_kind AS (
      SELECT round_id, organization_id, item_key, kind, weight, avg(points) AS mean FROM points GROUP BY round_id, organization_id, item_key, kind, weight
    ),
    by_item AS (
      SELECT round_id, organization_id, jsonb_object_agg(item_key, mean) AS by_item
      FROM (SELECT round_id, organization_id, item_key, round(sum(weight * mean) / sum(weight), 2) AS mean
            FROM per_item_kind GROUP BY round_id, organization_id, item_key) i
      GROUP BY round_id, organization_id
    ),
    scored AS (
      SELECT district_code, round_id, organization_id, jurisdiction_code, round(sum(weight * mean) / sum(weight), 2) AS score,
             jsonb_object_agg(kind, round(mean, 2)) AS by_kind, sum(evaluators)::int AS evaluator_count
      FROM per_kind GROUP BY district_code, round_id, organization_id, jurisdiction_code
    )
    INSERT INTO satisfaction_results (district_code, round_id, organization_id, jurisdiction_code, score, rank, rating, by_kind, by_item,
      evaluator_count, exit_review, closed_at)
    SELECT s.district_code, s.round_id, s.organization_id, s.jurisdiction_code, s.score,
           rank() OVER (PARTITION BY s.round_id ORDER BY s.score DESC),
           CASE WHEN s.score >= ${satisfied} THEN 'satisfied' WHEN s.score >= ${basicallySatisfied} THEN 'basically_satisfied' ELSE 'unsatisfied' END,
           s.by_kind, i.by_item, s.evaluator_count, false, r.closed_at
    FROM scored s JOIN by_item i ON i.round_id = s.round_id AND i.organization_id = s.organization_id
    JOIN satisfaction_rounds r ON r.district_code = s.district_code AND r.id = s.round_id`;
  },
};

/** The timeline line of each result. */
const resultEvents: GenerationStep = {
  name: 'organization_events',
  sql: ({ h, creator }) => `
    INSERT INTO organization_events (district_code, id, organization_id, jurisdiction_code, kind, subject_id, details, actor_id, occurred_at, created_at)
    SELECT x.district_code, ${h.uuid(`'event:satisfaction:' || x.round_id::text || ':' || x.organization_id::text`)}, x.organization_id, x.jurisdiction_code,
           'satisfaction.rated', x.round_id,
           jsonb_build_object('title', r.title, 'score', x.score, 'rank', x.rank, 'rating', x.rating,
                              'of', count(*) OVER (PARTITION BY x.round_id)),
           ${creator}, x.closed_at, x.closed_at
    FROM satisfaction_results x JOIN satisfaction_rounds r ON r.district_code = x.district_code AND r.id = x.round_id
    WHERE x.district_code = $1 AND r.opened_by = ${creator}`,
};

export const satisfactionSteps = [rounds, roundOrganizations, evaluators, scores, results, resultEvents];
