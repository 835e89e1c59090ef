import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from './database';
import { openTestDatabase, testEngine } from '../../test/test-database';

type TestDatabase = Awaited<ReturnType<typeof openTestDatabase>>;

describe.skipIf(testEngine() !== 'postgresql')('prepared statements on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => { database = await openTestDatabase(); });
  afterAll(() => database.drop());

  it('prepares a statement run more than once on a connection, plans each run for its values, and answers each from its own parameters', async () => {
    await database.db.transaction(async (tx) => {
      const nameOf = async (code: string) => rowsOf<{ name: string }>(
        await tx.execute(sql`SELECT name FROM jurisdictions WHERE code = ${code} /* prepared-statements test */`),
      )[0]?.name;
      expect(await nameOf('441802')).toBe('清城区');
      expect(await nameOf('441803')).toBe('清新区');
      expect(await nameOf('441802')).toBe('清城区');
      const prepared = rowsOf<{ name: string }>(await tx.execute(sql`
        SELECT name FROM pg_prepared_statements WHERE statement LIKE '%prepared-statements test%' AND statement NOT LIKE '%pg_prepared_statements%'`));
      expect(prepared).toHaveLength(1);
      expect(prepared[0].name).toMatch(/^linli_\d+$/);
      // Planned for each run's values, never switched to one generic plan.
      expect(rowsOf<{ plan_cache_mode: string }>(await tx.execute(sql`SHOW plan_cache_mode`))).toEqual([{ plan_cache_mode: 'force_custom_plan' }]);
    });
  });
});
