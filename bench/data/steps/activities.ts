import { sqlTextArray } from '../hash-sql';
import { activityTitles } from '../names';
import { placesSql, scaleSettings, shortPlaceNameSql } from '../scales';
import type { GenerationStep } from '../step';

/** Share of sign-ups that end as a no-show (a credit record) instead of confirmed hours. */
const noShowShare = 0.04;

/** 2–4 activities a month per community over 2025, hosted by the committee, all closed. */
const activities: GenerationStep = {
  name: 'volunteer_activities',
  sql: ({ scale, h, creator }) => `
    WITH places AS (${placesSql(scale)}),
    titles AS (SELECT title, service_type, n FROM unnest(${sqlTextArray(activityTitles.map(([t]) => t))}, ${sqlTextArray(activityTitles.map(([, s]) => s))})
               WITH ORDINALITY AS t(title, service_type, n)),
    planned AS (
      SELECT p.*, m, j, ${h.uuid(`'activity:' || p.code || ':' || m || ':' || j`)} AS id,
             1 + ${h.between(0, activityTitles.length - 1, `'title:' || p.code || ':' || m || ':' || j`)} AS title_n,
             timestamptz '2025-01-01 01:00Z' + m * interval '1 month'
               + ${h.between(0, 27, `'day:' || p.code || ':' || m || ':' || j`)} * interval '1 day' AS starts_at
      FROM places p, generate_series(0, 11) AS m, generate_series(1, ${h.between(2, 4, `'per-month:' || p.code || ':' || m`)}) AS j
      WHERE p.district_code = $1
    )
    INSERT INTO volunteer_activities (district_code, id, jurisdiction_code, host_type, title, service_type, address, starts_at, ends_at,
      capacity, manager_user_id, check_in_secret, status, created_by, created_at, updated_at)
    SELECT a.district_code, a.id, a.code, 'committee', ${shortPlaceNameSql('a.name')} || t.title, t.service_type,
           ${shortPlaceNameSql('a.name')} || '党群服务中心', a.starts_at, a.starts_at + interval '3 hours',
           30, ${creator}, md5(a.id::text), 'closed', ${creator}, a.starts_at - interval '7 days', a.starts_at + interval '1 day'
    FROM planned a JOIN titles t ON t.n = a.title_n`,
};

/**
 * Each volunteer signs up for `recordsPerVolunteer` distinct activities of the home community
 * (consecutive ones from an offset of their own, so never the same twice); most attended and were
 * confirmed, a few did not show.
 */
const signups: GenerationStep = {
  name: 'activity_signups',
  sql: ({ scale, h, creator }) => `
    WITH ordered AS (
      SELECT id, jurisdiction_code, starts_at, ends_at,
             row_number() OVER (PARTITION BY jurisdiction_code ORDER BY starts_at, id) - 1 AS n
      FROM volunteer_activities WHERE district_code = $1 AND created_by = ${creator}
    ),
    totals AS (SELECT jurisdiction_code, count(*) AS total FROM ordered GROUP BY jurisdiction_code),
    wanted AS (
      SELECT v.id AS volunteer_id, v.district_code AS volunteer_district_code, v.jurisdiction_code,
             (${h.between(0, 1000, `'offset:' || v.id::text`)} + i) % t.total AS n
      FROM volunteers v JOIN totals t ON t.jurisdiction_code = v.jurisdiction_code,
           generate_series(0, least(${scaleSettings[scale].recordsPerVolunteer}, t.total) - 1) AS i
      WHERE v.district_code = $1 AND v.enrolled_by = ${creator}
    )
    INSERT INTO activity_signups (district_code, id, activity_id, jurisdiction_code, volunteer_id, volunteer_district_code, status,
      created_at, check_in_at, check_out_at, check_in_by, check_out_by, updated_at)
    SELECT $1, ${h.uuid(`'signup:' || a.id::text || ':' || w.volunteer_id::text`)}, a.id, a.jurisdiction_code, w.volunteer_id, w.volunteer_district_code,
           s.status, a.starts_at - interval '3 days',
           CASE WHEN s.status = 'confirmed' THEN a.starts_at END, CASE WHEN s.status = 'confirmed' THEN a.ends_at END,
           CASE WHEN s.status = 'confirmed' THEN ${creator} END, CASE WHEN s.status = 'confirmed' THEN ${creator} END, a.ends_at
    FROM wanted w
    JOIN ordered a ON a.jurisdiction_code = w.jurisdiction_code AND a.n = w.n,
    LATERAL (SELECT CASE WHEN ${h.unit(`'noshow:' || a.id::text || ':' || w.volunteer_id::text`)} < ${noShowShare} THEN 'no_show' ELSE 'confirmed' END AS status) s`,
};

const signedUpCounts: GenerationStep = {
  name: 'volunteer_activities.signed_up_count',
  sql: ({ creator }) => `
    UPDATE volunteer_activities a SET signed_up_count = s.n, capacity = greatest(a.capacity, s.n)
    FROM (SELECT activity_id, count(*)::int AS n FROM activity_signups WHERE district_code = $1 GROUP BY activity_id) s
    WHERE a.district_code = $1 AND a.id = s.activity_id AND a.created_by = ${creator}`,
};

/** A service record per confirmed sign-up: 1 to 3 hours, in half hours. */
const serviceRecords: GenerationStep = {
  name: 'service_records',
  sql: ({ h, creator }) => `
    INSERT INTO service_records (district_code, id, jurisdiction_code, kind, volunteer_id, volunteer_district_code, activity_id, signup_id,
      service_type, service_date, minutes, confirmed_by, created_at)
    SELECT s.district_code, ${h.uuid(`'record:' || s.id::text`)}, s.jurisdiction_code, 'service', s.volunteer_id, s.volunteer_district_code,
           a.id, s.id, a.service_type, (a.starts_at AT TIME ZONE 'Asia/Shanghai')::date,
           30 * ${h.between(2, 6, `'minutes:' || s.id::text`)}, ${creator}, a.ends_at + interval '1 hour'
    FROM activity_signups s JOIN volunteer_activities a ON a.district_code = s.district_code AND a.id = s.activity_id
    WHERE s.district_code = $1 AND s.status = 'confirmed' AND a.created_by = ${creator}`,
};

/** A no-show credit record (诚信记载) per no-show sign-up, at the volunteer's home community. */
const creditRecords: GenerationStep = {
  name: 'volunteer_credit_records',
  sql: ({ h, creator }) => `
    INSERT INTO volunteer_credit_records (district_code, id, jurisdiction_code, volunteer_id, kind, activity_id, activity_title,
      reason, recorded_by, created_at)
    SELECT v.district_code, ${h.uuid(`'credit:' || s.id::text`)}, v.jurisdiction_code, v.id, 'no_show', a.id, a.title,
           '报名后未到场，也未取消报名', ${creator}, a.ends_at + interval '1 hour'
    FROM activity_signups s
    JOIN volunteer_activities a ON a.district_code = s.district_code AND a.id = s.activity_id
    JOIN volunteers v ON v.district_code = s.volunteer_district_code AND v.id = s.volunteer_id
    WHERE s.district_code = $1 AND s.status = 'no_show' AND a.created_by = ${creator}`,
};

export const activitySteps = [activities, signups, signedUpCounts, serviceRecords, creditRecords];
