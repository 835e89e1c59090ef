import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../server/test/test-app';
import { openTestDatabase } from '../../server/test/test-database';
import { scoreRound, type ScoreInput } from '../../server/modules/satisfaction/satisfaction-score';
import { settingDefinitions } from '../../server/platform/settings/settings';
import { annualReportStates } from '../../server/modules/annual-reports/annual-report.workflow';
import { workReportStates } from '../../server/modules/work-reports/work-reports.tables';
import { majorActivityStates } from '../../server/modules/major-activities/major-activities.tables';
import { partyOrganizationStatuses } from '../../server/modules/party-building/party-building.tables';
import { spotCheckStates, supervisionNoticeStates } from '../../server/modules/spot-checks/spot-checks.tables';
import { gradeEvaluationStates } from '../../server/modules/grading/grading.tables';
import { benchToday, generateBenchData, type BenchDataSummary } from './generate';
import { transferWriterCount } from './accounts';

/** Tables whose rows are generated and distributed by district (their jurisdiction_code is a community, or the district itself). */
const distributedTables = [
  'organizations', 'charters', 'roster_members', 'filings', 'certificates', 'volunteers', 'volunteer_activities',
  'activity_signups', 'service_records', 'volunteer_credit_records', 'ledger_accounts', 'ledger_movements', 'ledger_entries',
  'case_transitions', 'organization_events', 'party_building', 'annual_reports', 'work_reports', 'major_activity_reports',
  'satisfaction_rounds', 'satisfaction_round_organizations', 'satisfaction_evaluators', 'satisfaction_scores', 'satisfaction_results',
  'spot_check_draws', 'spot_checks', 'supervision_notices', 'credit_list_entries', 'credit_list_requests', 'grade_evaluations',
];

const lastYear = Number(benchToday.slice(0, 4)) - 1;

/** What two runs must agree on: the organizations, roster and ledger by id, and every count. */
const fingerprintSql = `
  SELECT (SELECT md5(string_agg(id::text || name || org_class || status || member_count, ',' ORDER BY id)) FROM organizations) AS organizations,
         (SELECT md5(string_agg(id::text || name || birth_date, ',' ORDER BY id)) FROM roster_members) AS roster,
         (SELECT md5(string_agg(id::text || account_id::text || amount, ',' ORDER BY id)) FROM ledger_entries) AS entries`;

let t: TestApp;
let summary: BenchDataSummary;
beforeAll(async () => {
  t = await createTestApp();
  summary = await generateBenchData(t.services.database, { scale: 'tiny', seed: 7, fieldKeys: t.services.fieldKeys });
});
afterAll(async () => { await t?.close(); });

describe('bench data generator (tiny)', () => {
  it('fills a few communities at the targets', () => {
    const { rows, communities } = summary;
    expect(communities).toBe(8);
    expect(rows.organizations).toBeGreaterThanOrEqual(communities * 4);
    expect(rows.organizations).toBeLessThanOrEqual(communities * 17);
    expect(rows.roster_members).toBeGreaterThanOrEqual(rows.organizations * 10);
    expect(rows.roster_members).toBeLessThanOrEqual(rows.organizations * 40);
    // About 3% of 1,500–3,000 residents per community (the test tree has no population figures).
    expect(rows.volunteers).toBeGreaterThan(communities * 30);
    expect(rows.volunteers).toBeLessThan(communities * 120);
    expect(rows.ledger_entries).toBe(rows.ledger_movements * 2);
    // One deposit per confirmed service record, and each transfer writer's grant.
    expect(rows.ledger_movements).toBe(rows.service_records + transferWriterCount);
    expect(rows.service_records + rows.volunteer_credit_records).toBe(rows.activity_signups);
    expect(summary.accounts.map((a) => a.username)).toContain('bench-street');
    expect(summary.accounts.filter((a) => a.role === 'volunteer')).toHaveLength(transferWriterCount);
  });

  it('puts filings in every state and a certificate on each filed one', async () => {
    const db = t.services.database;
    const states = (await db.query<{ state: string }>('SELECT DISTINCT kind || \':\' || state AS state FROM filings')).map((r) => r.state);
    expect(states).toEqual(expect.arrayContaining([
      'filing:draft', 'filing:committee_review', 'filing:street_review', 'filing:public_notice', 'filing:filed', 'filing:rejected', 'revocation:revoked',
    ]));
    const [unmatched] = await db.query<{ n: string }>(`
      SELECT count(*) AS n FROM filings f LEFT JOIN certificates c ON c.district_code = f.district_code AND c.filing_id = f.id
      WHERE f.kind = 'filing' AND f.state = 'filed' AND c.id IS NULL`);
    expect(Number(unmatched.n)).toBe(0);
  });

  it('puts the supervision records in the states the product uses', async () => {
    const db = t.services.database;
    const statesOf = async (sql: string) => (await db.query<{ s: string }>(sql)).map((r) => r.s).sort();
    const annual = await statesOf(`SELECT DISTINCT state AS s FROM annual_reports WHERE year = ${lastYear}`);
    expect(annual).toEqual(expect.arrayContaining(['accepted', 'submitted', 'returned']));
    expect(annualReportStates).toEqual(expect.arrayContaining(annual));
    expect(await statesOf(`SELECT DISTINCT state AS s FROM annual_reports WHERE year = ${lastYear - 1}`)).toContain('accepted');
    const work = await statesOf('SELECT DISTINCT state AS s FROM work_reports');
    expect(work).toEqual(expect.arrayContaining(['acknowledged', 'submitted']));
    expect(workReportStates).toEqual(expect.arrayContaining(work));
    expect(majorActivityStates).toEqual(expect.arrayContaining(await statesOf('SELECT DISTINCT state AS s FROM major_activity_reports')));
    expect(partyOrganizationStatuses).toEqual(expect.arrayContaining(await statesOf('SELECT DISTINCT status AS s FROM party_building')));
    expect(spotCheckStates).toEqual(expect.arrayContaining(await statesOf('SELECT DISTINCT state AS s FROM spot_checks')));
    expect(supervisionNoticeStates).toEqual(expect.arrayContaining(await statesOf('SELECT DISTINCT state AS s FROM supervision_notices')));
    const grades = await statesOf('SELECT DISTINCT state AS s FROM grade_evaluations');
    expect(grades).toContain('confirmed');
    expect(gradeEvaluationStates).toEqual(expect.arrayContaining(grades));
    for (const table of ['party_building', 'annual_reports', 'work_reports', 'major_activity_reports', 'satisfaction_results', 'spot_checks',
      'supervision_notices', 'credit_list_entries', 'grade_evaluations']) {
      expect({ table, rows: summary.rows[table] > 0 }).toEqual({ table, rows: true });
    }
    // Open rectifications are within their deadline, overdue ones past it, as the daily job leaves them.
    const [late] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM supervision_notices
      WHERE (state = 'open' AND deadline < date '${benchToday}') OR (state = 'overdue' AND deadline >= date '${benchToday}')`);
    expect(Number(late.n)).toBe(0);
  });

  it('gives every case the transitions that brought it to its state', async () => {
    const [wrong] = await t.services.database.query<{ n: string; cases: string }>(`
      WITH cases AS (SELECT district_code, id, kind AS type, state, version FROM filings
                     UNION ALL SELECT district_code, id, 'annual_report', state, version FROM annual_reports)
      SELECT count(*) FILTER (WHERE coalesce(t.n, 0) <> c.version OR (t.n > 0 AND t.last_state <> c.state)) AS n, count(*) AS cases
      FROM cases c LEFT JOIN LATERAL (
        SELECT count(*) AS n, (array_agg(to_state ORDER BY created_at DESC))[1] AS last_state FROM case_transitions t
        WHERE t.district_code = c.district_code AND t.case_type = c.type AND t.case_id = c.id) t ON true`);
    expect(Number(wrong.cases)).toBeGreaterThan(0);
    expect(Number(wrong.n)).toBe(0);
  });

  it('settles satisfaction rounds as closing a round would', async () => {
    const db = t.services.database;
    const rounds = await db.query<{ id: string; items: { key: string; label: string }[]; weights: Record<string, number> }>(
      'SELECT id, items, weights FROM satisfaction_rounds');
    expect(rounds.length).toBeGreaterThan(0);
    for (const round of rounds) {
      const scores = await db.query<ScoreInput>(`
        SELECT s.evaluator_id AS "evaluatorId", e.kind, s.organization_id AS "organizationId", s.item_key AS "itemKey", s.score
        FROM satisfaction_scores s JOIN satisfaction_evaluators e ON e.district_code = s.district_code AND e.id = s.evaluator_id
        WHERE s.round_id = $1`, [round.id]);
      const expected = scoreRound({ scale: 'three_level', items: round.items, weights: round.weights as never,
        bands: settingDefinitions['satisfaction.bands'].default, scores });
      const stored = await db.query<{ organizationId: string; score: string; rank: number; rating: string; byItem: Record<string, number> }>(`
        SELECT organization_id AS "organizationId", score, rank, rating, by_item AS "byItem" FROM satisfaction_results WHERE round_id = $1`, [round.id]);
      expect(stored.map((r) => ({ ...r, score: Number(r.score) })).sort((a, b) => a.organizationId.localeCompare(b.organizationId)))
        .toEqual(expected.map((r) => ({ organizationId: r.organizationId, score: r.score, rank: r.rank, rating: r.rating, byItem: r.byItem }))
          .sort((a, b) => a.organizationId.localeCompare(b.organizationId)));
    }
  });

  it('serves the supervision screens to the bench accounts', async () => {
    const db = t.services.database;
    const account = (name: string) => summary.accounts.find((a) => a.username === name)!;
    const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: string }>(sql, params))[0].n);
    const street = await t.login('bench-street', summary.password);
    const district = await t.login('bench-district', summary.password);
    const committee = await t.login('bench-committee', summary.password);
    const streetCode = account('bench-street').jurisdictionCode;
    const districtCode = account('bench-district').jurisdictionCode;
    const communityCode = account('bench-committee').jurisdictionCode;
    const listed = async (client: typeof street, url: string) => {
      const response = await client.get(url);
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      return response.json();
    };

    expect((await listed(street, `/api/annual-reports?year=${lastYear}&pageSize=5`)).total).toBe(
      await count(`SELECT count(*) AS n FROM annual_reports WHERE year = $1 AND jurisdiction_code LIKE $2 || '%'`, [lastYear, streetCode]));
    // The overdue list is the product's definition of "has not filed"; each of them is on the abnormal list for it.
    expect((await listed(district, `/api/annual-reports/missing?year=${lastYear}&pageSize=5`)).total).toBe(
      await count(`SELECT count(*) AS n FROM credit_list_entries WHERE cause = 'missed_annual_report' AND cause_on = $1 AND district_code = $2`,
        [`${lastYear + 1}-06-01`, districtCode]));
    expect((await listed(district, '/api/credit-lists?pageSize=5')).total).toBe(
      await count(`SELECT count(*) AS n FROM credit_list_entries WHERE removed_on IS NULL AND district_code = $1`, [districtCode]));
    expect((await listed(committee, '/api/work-reports?pageSize=5')).total).toBe(
      await count(`SELECT count(*) AS n FROM work_reports WHERE jurisdiction_code = $1`, [communityCode]));
    await listed(committee, '/api/major-activities?pageSize=5');

    const rounds = await listed(committee, '/api/satisfaction-rounds');
    expect(rounds.total).toBe(1);
    const results = await listed(committee, `/api/satisfaction-rounds/${rounds.items[0].id}/results`);
    expect(JSON.stringify(results)).toContain('satisf');

    const draws = await listed(district, '/api/spot-check-draws');
    expect(draws.total).toBe(1);
    await listed(district, `/api/spot-check-draws/${draws.items[0].id}`);
    expect((await listed(district, '/api/supervision-notices?pageSize=5')).total).toBe(
      await count(`SELECT count(*) AS n FROM supervision_notices WHERE district_code = $1`, [districtCode]));
    expect((await listed(district, '/api/grade-evaluations?pageSize=5')).total).toBe(
      await count(`SELECT count(*) AS n FROM grade_evaluations WHERE district_code = $1`, [districtCode]));
    const [graded] = await db.query<{ id: string }>(`SELECT id FROM grade_evaluations WHERE district_code = $1 AND state = 'confirmed' LIMIT 1`, [districtCode]);
    await listed(district, `/api/grade-evaluations/${graded.id}`);

    await listed(street, `/api/party-building/coverage?jurisdictionCode=${streetCode}`);
    const [busy] = await db.query<{ id: string; n: string }>(`
      SELECT organization_id AS id, count(*) AS n FROM organization_events WHERE jurisdiction_code LIKE $1 || '%'
      GROUP BY organization_id ORDER BY count(*) DESC, organization_id LIMIT 1`, [streetCode]);
    expect((await listed(street, `/api/organizations/${busy.id}/timeline`)).items.length).toBeGreaterThan(0);
  });

  it('leaves the organization counts the statistics read equal to a recount (the triggers ran)', async () => {
    const db = t.services.database;
    const [row] = await db.query<{ kept: string; recount: string; active: string }>(`
      SELECT (SELECT md5(string_agg(k, ',' ORDER BY k)) FROM (
                SELECT concat_ws(':', district_code, jurisdiction_code, status, org_class, category, organizations) AS k FROM organization_counts) c) AS kept,
             (SELECT md5(string_agg(k, ',' ORDER BY k)) FROM (
                SELECT concat_ws(':', district_code, jurisdiction_code, status, org_class, category, count(*)) AS k
                FROM organizations GROUP BY district_code, jurisdiction_code, status, org_class, category) r) AS recount,
             (SELECT sum(organizations) FROM organization_active_counts) AS active`);
    expect(row.kept).toBe(row.recount);
    const [{ n }] = await db.query<{ n: string }>("SELECT count(*) AS n FROM organizations WHERE status = 'active'");
    expect(Number(row.active)).toBe(Number(n));
  });

  it('keys every row by the district of its place', async () => {
    for (const table of distributedTables) {
      const [row] = await t.services.database.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${table} WHERE district_code <> rpad(substr(jurisdiction_code, 1, 6), 6, '0')`,
      );
      expect({ table, wrong: Number(row.n) }).toEqual({ table, wrong: 0 });
    }
  });

  it('leaves a ledger the ledger.check job passes', async () => {
    const admin = await t.login('bench-admin', summary.password);
    expect((await admin.post('/api/jobs/ledger.check/run', {})).statusCode).toBe(200);
    const run = (await admin.get('/api/ledger-checks/latest')).json().run;
    expect(run).toMatchObject({ ok: true, problems: [] });
    expect(run.movements).toBe(summary.rows.ledger_movements);
  });

  it('serves the street account its organizations, with details, and nothing of another street', async () => {
    const street = summary.accounts.find((a) => a.username === 'bench-street')!;
    const client = await t.login('bench-street', summary.password);
    const db = t.services.database;
    const [{ n: own }] = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM organizations WHERE street_code = $1 AND status = 'active' AND org_class = 'filed'`, [street.jurisdictionCode],
    );
    const list = await client.get('/api/organizations?page=2&pageSize=5&status=active&orgClass=filed');
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(Number(own));
    expect(list.json().items.length).toBe(Math.min(5, Number(own) - 5));

    const detail = await client.get(`/api/organizations/${list.json().items[0].id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().roster.length).toBeGreaterThanOrEqual(10);
    expect(detail.json().certificates).toHaveLength(1);

    const [elsewhere] = await db.query<{ id: string }>('SELECT id FROM organizations WHERE street_code <> $1 LIMIT 1', [street.jurisdictionCode]);
    expect((await client.get(`/api/organizations/${elsewhere.id}`)).statusCode).toBe(404);
  });

  it('gives the same data for the same seed', async () => {
    const other = await openTestDatabase();
    try {
      const again = await generateBenchData(other, { scale: 'tiny', seed: 7 });
      expect(again.rows).toEqual(summary.rows);
      const [first] = await t.services.database.query(fingerprintSql);
      const [second] = await other.query(fingerprintSql);
      expect(second).toEqual(first);
    } finally {
      await other.drop();
    }
  });
});
