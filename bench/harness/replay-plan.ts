import fs from 'node:fs';

/** A statement our app sent, as the SQL capture (LINLI_CAPTURE_SQL) wrote it. */
export type CapturedStatement = { sql: string; params: unknown[] };

/** What the bare server executes for one scenario: our route's statements, in order. */
export type ReplayPlan = { transactional: boolean; statements: CapturedStatement[] };

export type ReplayPlans = Record<string, ReplayPlan>;

export function planOf(statements: CapturedStatement[]): ReplayPlan {
  return { transactional: statements.some((s) => /^\s*begin\b/i.test(s.sql)), statements };
}

/** Parses captured JSON lines; a Buffer parameter was written as `{ type: 'Buffer', data }`. */
export function parseCapturedLines(text: string): CapturedStatement[] {
  return text.split('\n').filter(Boolean).map((line) => {
    const { sql, params } = JSON.parse(line) as CapturedStatement;
    return { sql, params: params.map(reviveBuffer) };
  });
}

function reviveBuffer(value: unknown): unknown {
  const buffer = value as { type?: string; data?: number[] };
  return buffer?.type === 'Buffer' && Array.isArray(buffer.data) ? Buffer.from(buffer.data) : value;
}

export function readPlans(file: string): ReplayPlans {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as ReplayPlans;
  for (const plan of Object.values(raw)) {
    plan.statements = plan.statements.map((s) => ({ sql: s.sql, params: s.params.map(reviveBuffer) }));
  }
  return raw;
}
