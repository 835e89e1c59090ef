import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { jurisdictions } from '../../modules/jurisdictions/jurisdictions.tables';
import { keyLookupRead } from './key-lookup';
import { openTestDatabase, testEngine } from '../../test/test-database';

type TestDatabase = Awaited<ReturnType<typeof openTestDatabase>>;

// Which connection a key lookup ran on shows in the plan mode it ran under.
const placeByCode = keyLookupRead('test_place_by_code', (db) => db
  .select({ name: jurisdictions.name, planMode: sql<string>`current_setting('plan_cache_mode')` })
  .from(jurisdictions)
  .where(eq(jurisdictions.code, sql.placeholder('code'))));

describe('key lookups', () => {
  let database: TestDatabase;
  beforeAll(async () => { database = await openTestDatabase(); });
  afterAll(() => database.drop());

  it('find the row by its key, on PostgreSQL on connections that plan each statement once', async () => {
    const [place] = await placeByCode(database.db, { code: '441802' });
    expect(place.name).toBe('清城区');
    expect(place.planMode).toBe(testEngine() === 'postgresql' ? 'force_generic_plan' : 'auto');
    expect(await placeByCode(database.db, { code: '999999' })).toEqual([]);
  });

  it('run inside a transaction on the transaction, and see what it wrote', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`UPDATE jurisdictions SET name = '清城区（测试）' WHERE code = '441802'`);
      const [place] = await placeByCode(tx, { code: '441802' });
      expect(place.name).toBe('清城区（测试）');
      expect(place.planMode).toBe(testEngine() === 'postgresql' ? 'force_custom_plan' : 'auto');
      tx.rollback();
    }).catch((error: unknown) => { if (!(error instanceof Error && error.message === 'Rollback')) throw error; });
    expect((await placeByCode(database.db, { code: '441802' }))[0].name).toBe('清城区');
  });
});
