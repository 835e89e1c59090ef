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
