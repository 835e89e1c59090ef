import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/platform/db/database';
import { verifyAuditChain } from '../../server/platform/audit/verify-audit-chain';
import { deriveFieldKeys } from '../../server/platform/crypto/sm';
import { generateBenchData } from '../data/generate';
import { adminQuery, databaseUrl, templateDatabaseName, testEngine, testFieldKey } from '../../server/test/test-database';
import { runBench, smokeLoad } from './run-bench';
import { captureRequests } from './capture';
import { toMarkdown } from './report';
import { scenarios } from './scenarios';

// The harness runs our app and the bare server as processes on a `pg` connection string, which an
// in-memory PGlite cannot give: this smoke run is PostgreSQL only.
const engine = testEngine();

describe('benchmark harness (smoke)', () => {
  const name = `linli_bench_smoke_${randomBytes(4).toString('hex')}`;
  const url = engine === 'postgresql' ? databaseUrl(name) : '';

  beforeAll(async () => {
    if (engine !== 'postgresql') return;
    // The template has the 清远市 tree; the tiny dataset adds the organizations and the bench accounts,
    // under the test field key (the template's demo people are encrypted with it too).
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${templateDatabaseName()}`);
    const database = await openDatabase({ databaseUrl: url });
    await generateBenchData(database, { scale: 'tiny', seed: 1, fieldKeys: deriveFieldKeys(Buffer.from(testFieldKey, 'hex')) });
    await database.close();
  });

  afterAll(async () => {
    if (engine === 'postgresql') await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it.skipIf(engine !== 'postgresql')('measures every scenario on our app and on the bare server', async () => {
    const report = await runBench({ databaseUrl: url, fieldKey: testFieldKey, scenarios, ...smokeLoad, log: () => undefined });
    expect(report.scenarios.map((s) => s.name)).toEqual(scenarios.map((s) => s.name));
    for (const scenario of report.scenarios) {
      expect(scenario.statements).toBeGreaterThan(0);
      for (const figures of [scenario.ours, scenario.bare]) {
        expect(figures.requestsPerSecond).toBeGreaterThan(0);
        expect(figures.p99).toBeGreaterThan(0);
      }
      expect(scenario.ratio).toBeGreaterThan(0);
    }
    expect(report.dataset.organizations).toBeGreaterThan(0);
    const slowestRead = report.scenarios.filter((s) => s.kind === 'read').sort((a, b) => a.ours.requestsPerSecond - b.ours.requestsPerSecond)[0];
    expect(report.slowestReadPlans?.scenario).toBe(slowestRead.name);
    expect(report.slowestReadPlans?.statements.length).toBeGreaterThan(0);
    expect(report.slowestReadPlans?.statements.every(({ plan }) => /Execution Time/.test(plan))).toBe(true);
    expect(toMarkdown(report)).toContain(`## Query plans of the slowest read: ${slowestRead.name}`);
    await expectWritesLanded(report.settings.writeRequests);
  }, 120_000);

  /**
   * Each write request, ours or the bare server's, landed whole: per run `writeRequests` (one warm-up
   * and one round on each server) plus the capture's requests (`captureRequests`): filings forwarded, sign-ups confirmed into
   * service records with their time-bank deposit (or the part over the cap), transfers posted; every time-bank balance equals its
   * entries, and the audit rows, sealed, form intact chains.
   */
  async function expectWritesLanded(writeRequests: number) {
    const sent = 4 * writeRequests + captureRequests;
    const database = await openDatabase({ databaseUrl: url });
    try {
      const [counts] = await database.query<{ forwarded: string; confirmed: string; deposits: string; transfers: string; unbalanced: string }>(
        `WITH confirmed AS (
           SELECT r.id FROM service_records r JOIN volunteer_activities a ON a.district_code = r.district_code AND a.id = r.activity_id
           WHERE a.title LIKE '%（基准%')
         SELECT (SELECT count(*) FROM filings WHERE state = 'street_review' AND organization_id IN (SELECT id FROM organizations WHERE name LIKE '%（基准%')) AS forwarded,
                (SELECT count(*) FROM confirmed) AS confirmed,
                (SELECT count(*) FROM confirmed c WHERE EXISTS (SELECT 1 FROM ledger_movements m
                   WHERE m.idempotency_key IN ('service:' || c.id || ':deposit', 'service:' || c.id || ':over_cap'))) AS deposits,
                (SELECT count(*) FROM ledger_movements WHERE kind = 'transfer') AS transfers,
                (SELECT count(*) FROM ledger_accounts a WHERE a.balance IS NOT NULL AND a.balance <> (
                   SELECT coalesce(sum(e.amount), 0) FROM ledger_entries e WHERE e.district_code = a.district_code AND e.account_id = a.id)) AS unbalanced`,
      );
      expect(Number(counts.forwarded)).toBe(sent);
      expect(Number(counts.confirmed)).toBe(sent);
      expect(Number(counts.deposits)).toBe(sent);
      expect(Number(counts.transfers)).toBe(sent);
      expect(Number(counts.unbalanced)).toBe(0);
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, pending: 0 });
    } finally {
      await database.close();
    }
  }
});
