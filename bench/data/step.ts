import type { Database } from '../../server/platform/db/database';
import type { HashSql } from './hash-sql';
import type { BenchScale } from './scales';

/** What every generation step gets. */
export type StepContext = {
  database: Database;
  scale: BenchScale;
  h: HashSql;
  /** The districts the scale covers, in code order; each step runs once per district. */
  districts: string[];
  /** Each district's short name, which its bureau's notice numbers start with (清城 → 清城民责改〔2026〕1号). */
  districtShortNames: Record<string, string>;
  /** Marks the generated rows (created_by, enrolled_by…): a fixed UUID from the seed, as SQL. */
  creator: string;
  /**
   * The day the data describes as today ('2026-06-30': fixed, not the wall clock), so the same
   * seed gives the same supervision states whenever it runs: reports of last year due and mostly
   * done, this year's spot checks under way, deadlines before or after it.
   */
  today: string;
  /** Encrypted placeholders for personal numbers, made once in Node under the app's field keys. */
  tokens: { idNumber: string; phone: string };
};

/**
 * One set-based statement (INSERT … SELECT or UPDATE) for one district, `$1`, without RETURNING.
 * `name` is the table it writes, or table.column for an update.
 */
export type GenerationStep = { name: string; sql: (context: StepContext) => string };

/** Runs the step once per district, reporting the running row count; answers the rows written. */
export async function runPerDistrict(
  context: StepContext,
  step: GenerationStep,
  progress: (rows: number, districtsDone: number) => void,
): Promise<number> {
  // Typed at every use: PostgreSQL would otherwise deduce char for one use and text for another.
  const sql = step.sql(context).replaceAll('$1', '$1::char(6)');
  const statement = `WITH written AS (${sql} RETURNING 1) SELECT count(*) AS n FROM written`;
  let rows = 0;
  for (const [index, district] of context.districts.entries()) {
    const [result] = await context.database.query<{ n: string }>(statement, [district]);
    rows += Number(result.n);
    progress(rows, index + 1);
  }
  return rows;
}

/** A SQL string literal. */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
