import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../server/test/test-app';
import { openTestDatabase } from '../../server/test/test-database';
import { generateBenchData, type BenchDataSummary } from './generate';

/** Tables whose rows are generated and distributed by district (their jurisdiction_code is a community, or the district itself). */
const distributedTables = [
  'organizations', 'charters', 'roster_members', 'filings', 'certificates', 'volunteers', 'volunteer_activities',
  'activity_signups', 'service_records', 'volunteer_credit_records', 'ledger_accounts', 'ledger_movements', 'ledger_entries',
];

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
    expect(rows.ledger_movements).toBe(rows.service_records);
    expect(rows.service_records + rows.volunteer_credit_records).toBe(rows.activity_signups);
    expect(summary.accounts.map((a) => a.username)).toContain('bench-street');
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
