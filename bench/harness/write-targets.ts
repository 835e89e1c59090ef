import type pg from 'pg';

/**
 * Targets for write scenarios that use something up: each filing can be forwarded once. Clones the
 * first organization of the community into `count` draft organizations, each with a first filing
 * waiting for the committee's review, so the committee can forward every one once. Answers their
 * filing ids. (They stay in the dataset, forwarded to the street, as a clerk's work would.)
 */
export async function filingsAwaitingCommittee(client: pg.Client, communityCode: string, count: number, run: string): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `WITH template AS (
       SELECT o FROM organizations o WHERE o.district_code = substr($1, 1, 6) AND o.jurisdiction_code = $1 ORDER BY o.id LIMIT 1
     ),
     clones AS (
       INSERT INTO organizations
       SELECT (jsonb_populate_record(t.o, jsonb_build_object(
         'id', gen_random_uuid(), 'name', (t.o).name || '（基准' || $3 || '-' || n || '）', 'status', 'draft', 'org_class', 'filed',
         'certificate_number', null, 'credit_code', null, 'filed_at', null, 'ended_at', null, 'created_at', now(), 'updated_at', now()))).*
       FROM template t, generate_series(1, $2::int) AS n
       RETURNING district_code, id, jurisdiction_code, created_by
     )
     INSERT INTO filings (district_code, id, organization_id, jurisdiction_code, kind, state, version, charter_version, submitted_at, created_by, created_at, updated_at)
     SELECT c.district_code, gen_random_uuid(), c.id, c.jurisdiction_code, 'filing', 'committee_review', 1, 1, now(), c.created_by, now(), now()
     FROM clones c
     RETURNING id`,
    [communityCode, count, run],
  );
  return rows.map((r) => r.id);
}

/**
 * Targets for the confirmation of service: `count` ended activities of the community, copies of its
 * first one, each with one attended sign-up awaiting confirmation. The sign-ups go round the
 * community's volunteers, a day further back each round, so no volunteer's day reaches the daily
 * cap. Answers each target's activity and sign-up, in order. The first four go to two volunteers on
 * two days: a volunteer's first confirmation also opens the points account, so the captures that
 * derive the replay plan (bench/harness/capture.ts: two warm-ups, two captured) see the steady path of
 * a volunteer confirmed before, and see it for two volunteers, so the bare server's replay takes the
 * volunteer from the sign-up instead of crediting (and locking) one volunteer on every request.
 */
export async function signupsAwaitingConfirmation(
  client: pg.Client, communityCode: string, count: number, run: string,
): Promise<{ activity: string; signup: string }[]> {
  const { rows } = await client.query<{ activity: string; signup: string; k: number }>(
    `WITH people AS (
       SELECT district_code, id, (row_number() OVER (ORDER BY id) - 1)::int AS i, count(*) OVER ()::int AS n
       FROM volunteers WHERE district_code = substr($1, 1, 6) AND jurisdiction_code = $1 AND status = 'active'
     ),
     template AS (
       SELECT a FROM volunteer_activities a WHERE a.district_code = substr($1, 1, 6) AND a.jurisdiction_code = $1 ORDER BY a.id LIMIT 1
     ),
     planned AS (
       SELECT k, gen_random_uuid() AS activity_id, gen_random_uuid() AS signup_id, p.district_code AS volunteer_district_code, p.id AS volunteer_id,
              date_trunc('day', now()) - (CASE WHEN k < 4 THEN k / 2 ELSE k / p.n END + 1) * interval '1 day' + interval '1 hour' AS starts_at
       FROM generate_series(0, $2::int - 1) AS k JOIN people p ON p.i = CASE WHEN k < 4 THEN k % 2 ELSE k % p.n END
     ),
     activities AS (
       INSERT INTO volunteer_activities
       SELECT (jsonb_populate_record(t.a, jsonb_build_object(
         'id', p.activity_id, 'title', (t.a).title || '（基准' || $3 || '-' || p.k || '）', 'status', 'published',
         'starts_at', p.starts_at, 'ends_at', p.starts_at + interval '2 hours', 'signed_up_count', 1,
         'created_at', p.starts_at - interval '7 days', 'updated_at', p.starts_at))).*
       FROM template t, planned p
       RETURNING district_code, id, jurisdiction_code, starts_at, ends_at
     )
     INSERT INTO activity_signups (district_code, id, activity_id, jurisdiction_code, volunteer_id, volunteer_district_code, status,
       created_at, check_in_at, check_out_at, updated_at)
     SELECT a.district_code, p.signup_id, a.id, a.jurisdiction_code, p.volunteer_id, p.volunteer_district_code, 'attended',
            a.starts_at - interval '3 days', a.starts_at, a.ends_at, a.ends_at
     FROM activities a JOIN planned p ON p.activity_id = a.id
     RETURNING activity_id AS activity, id AS signup, (SELECT k FROM planned WHERE planned.signup_id = activity_signups.id) AS k`,
    [communityCode, count, run],
  );
  return rows.sort((a, b) => a.k - b.k).map(({ activity, signup }) => ({ activity, signup }));
}
