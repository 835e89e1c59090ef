import type pg from 'pg';
import type { ReplayPlans } from './replay-plan';
import type { ScenarioReport } from './report';

/** The query plans of one scenario's reads: each statement as our app sent it, with its plan. */
export type ScenarioPlans = { scenario: string; statements: { sql: string; plan: string }[] };

/**
 * `EXPLAIN (ANALYZE, BUFFERS)` of the slowest read scenario's statements (fewest requests a second on
 * our app), with the parameters our app sent, after the load: the plans the report shows, so where
 * the time of the slowest route goes is on record beside its figures. A read's parameters are all
 * fixed (replay-plan.ts); a statement is planned for those values, as our app's statements are.
 */
export async function explainSlowestRead(database: pg.Client, reports: ScenarioReport[], plans: ReplayPlans): Promise<ScenarioPlans | undefined> {
  const [slowest] = reports.filter((r) => r.kind === 'read').sort((a, b) => a.ours.requestsPerSecond - b.ours.requestsPerSecond);
  if (!slowest) return undefined;
  const statements: ScenarioPlans['statements'] = [];
  for (const statement of plans[slowest.name].statements) {
    const values = statement.params.map((param) => (param.kind === 'fixed' ? param.value : undefined));
    if (!/^\s*(select|with|\()/i.test(statement.sql) || values.includes(undefined)) continue;
    const { rows } = await database.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, values);
    statements.push({ sql: statement.sql, plan: rows.map((row) => row['QUERY PLAN']).join('\n') });
  }
  return { scenario: slowest.name, statements };
}
