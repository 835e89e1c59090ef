import fs from 'node:fs';

/** A statement our app sent, as the SQL capture (LINLI_CAPTURE_SQL) wrote it: rows as arrays of values. */
export type CapturedStatement = { sql: string; params: unknown[]; rows: unknown[][]; keyLookup?: boolean };

/** A request's own values (a target's id, an idempotency key), by name. */
export type RequestInputs = Record<string, string>;

/**
 * Where the bare server takes one parameter from, for each request it serves:
 * - `fixed`: the same value every time (a read's filter, the session token);
 * - `input`: the request's input of that name (the filing acted on);
 * - `read`: a value an earlier statement of the same request answered, plus `add` (a row's version
 *   + 1, a head's number + 1 and its hash as the next row's link, an id read before);
 * - `fresh`: a new value of the same form — a UUID, the current time (or date), or text in which the request's
 *   inputs and fresh UUIDs replace the captured ones (JSON details), else a random tail after the part
 *   that did not vary (a hashed key, a chain hash). Text that contains a value read earlier in the
 *   request (`embeds`) gets the value this request read there instead.
 */
export type ParamSource =
  | { kind: 'fixed'; value: unknown }
  | { kind: 'input'; name: string }
  | { kind: 'read'; statement: number; row: number; column: number; add: number }
  | { kind: 'fresh'; shape: 'uuid' | 'timestamp' | 'text'; captured: string; stable: number; embeds?: EmbeddedRead[] };

/** A value read earlier in the request that a text parameter contains (a record's id inside its ledger key). */
export type EmbeddedRead = { statement: number; row: number; column: number; captured: string };

/** `keyLookup`: our app ran it on its key-lookup connections (one plan per statement), so the bare server does too. */
export type ReplayStatement = { sql: string; params: ParamSource[]; keyLookup?: boolean };

/** What the bare server executes for one scenario: our route's statements, in order. */
export type ReplayPlan = {
  transactional: boolean;
  statements: ReplayStatement[];
  /** The inputs of the captured request the plan was derived from (their values appear in `fresh` text). */
  capturedInputs: RequestInputs;
};

export type ReplayPlans = Record<string, ReplayPlan>;

export const opensTransaction = (sql: string) => /^\s*begin\b/i.test(sql);
export const endsTransaction = (sql: string) => /^\s*(commit|rollback)\b/i.test(sql);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const timestampPattern = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}:\d{2}|$)/;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const numeric = (value: unknown) => (typeof value === 'number' || (typeof value === 'string' && /^-?\d+$/.test(value)) ? Number(value) : null);

/**
 * Derives the plan from two captures of the same scenario made with different inputs: a parameter
 * that did not change is fixed; one that changed is bound to an input, to a value read earlier in
 * the request (when both captures agree on it), or made fresh. Both captures must have run the same
 * statements, or the route is not one plan.
 */
export function derivePlan(
  first: { statements: CapturedStatement[]; inputs: RequestInputs },
  second: { statements: CapturedStatement[]; inputs: RequestInputs },
): ReplayPlan {
  const a = first.statements;
  const b = inOrderOf(a, second.statements);
  const differs = a.findIndex((s, i) => s.sql !== b[i]?.sql);
  if (a.length !== b.length || differs >= 0) {
    const at = differs >= 0 ? differs : Math.min(a.length, b.length);
    throw new Error(`two requests of the scenario ran different SQL (${a.length} and ${b.length} statements; ` +
      `statement ${at + 1}: ${a[at]?.sql.slice(0, 200)} | ${b[at]?.sql.slice(0, 200)}): it cannot be replayed as one plan`);
  }
  const statements = b.map((statement, i) => ({
    sql: statement.sql,
    params: statement.params.map((value, k) => sourceOf(a, b, i, a[i].params[k], value, first.inputs, second.inputs)),
    ...(statement.keyLookup ? { keyLookup: true } : {}),
  }));
  return { transactional: b.some((s) => opensTransaction(s.sql)), statements, capturedInputs: second.inputs };
}

/**
 * `b` in `a`'s order when both hold the same statements in another order (a route that sends
 * independent queries at once on several connections finishes them in any order); else `b` as is.
 * The k-th occurrence of a statement in one is matched with its k-th occurrence in the other.
 */
function inOrderOf(a: CapturedStatement[], b: CapturedStatement[]): CapturedStatement[] {
  if (a.length !== b.length) return b;
  const remaining = new Map<string, CapturedStatement[]>();
  for (const statement of b) remaining.set(statement.sql, [...(remaining.get(statement.sql) ?? []), statement]);
  const ordered = a.map((statement) => remaining.get(statement.sql)?.shift());
  return ordered.every(Boolean) ? (ordered as CapturedStatement[]) : b;
}

function sourceOf(
  a: CapturedStatement[], b: CapturedStatement[], at: number, before: unknown, value: unknown, firstInputs: RequestInputs, inputs: RequestInputs,
): ParamSource {
  if (same(before, value)) return { kind: 'fixed', value };
  const input = Object.entries(inputs).find(([, v]) => v === value);
  if (input) return { kind: 'input', name: input[0] };
  const read = readSource(a, b, at, before, value);
  if (read) return read;
  if (typeof value !== 'string') return { kind: 'fixed', value };
  const shape = uuidPattern.test(value) ? 'uuid' : timestampPattern.test(value) ? 'timestamp' : 'text';
  const embeds = shape === 'text' ? embeddedReads(b, at, value) : [];
  // The part that did not vary once the first capture's reads and inputs are replaced by the second's
  // (`self:<volunteer>:<hash>` of two writers keeps `self:<volunteer>:`; only the hash is fresh).
  let comparable = String(before);
  for (const embed of embeds) {
    const read = a[embed.statement].rows[embed.row]?.[embed.column];
    if (typeof read === 'string') comparable = comparable.replaceAll(read, embed.captured);
  }
  for (const [name, read] of Object.entries(firstInputs)) if (inputs[name]) comparable = comparable.replaceAll(read, inputs[name]);
  return { kind: 'fresh', shape, captured: value, stable: commonPrefix(comparable, value), ...(embeds.length && { embeds }) };
}

/** The values of at least 8 characters read by statements before `at` that `text` contains. */
function embeddedReads(b: CapturedStatement[], at: number, text: string): EmbeddedRead[] {
  const found: EmbeddedRead[] = [];
  for (let statement = 0; statement < at; statement++) {
    b[statement].rows.forEach((values, row) => values.forEach((value, column) => {
      if (typeof value === 'string' && value.length >= 8 && text.includes(value) && !found.some((f) => f.captured === value)) {
        found.push({ statement, row, column, captured: value });
      }
    }));
  }
  return found;
}

/** An earlier value of the request this parameter repeats (or follows by one), in both captures alike. */
function readSource(a: CapturedStatement[], b: CapturedStatement[], at: number, before: unknown, value: unknown): ParamSource | null {
  for (const add of [0, 1]) {
    for (let statement = at - 1; statement >= 0; statement--) {
      const rows = b[statement].rows;
      for (let row = 0; row < rows.length; row++) {
        for (let column = 0; column < rows[row].length; column++) {
          const matches = (read: unknown, param: unknown) => add === 0
            ? same(read, param) && read !== null
            : numeric(read) !== null && numeric(read)! + 1 === numeric(param);
          if (matches(rows[row][column], value) && matches(a[statement].rows[row]?.[column], before)) {
            return { kind: 'read', statement, row, column, add };
          }
        }
      }
    }
  }
  return null;
}

function commonPrefix(x: string, y: string): number {
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** Parses captured JSON lines; a Buffer parameter was written as `{ type: 'Buffer', data }`. */
export function parseCapturedLines(text: string): CapturedStatement[] {
  return text.split('\n').filter(Boolean).map((line) => {
    const { sql, params, rows, keyLookup } = JSON.parse(line) as CapturedStatement;
    return { sql, params: params.map(reviveBuffer), rows: rows ?? [], ...(keyLookup ? { keyLookup } : {}) };
  });
}

function reviveBuffer(value: unknown): unknown {
  const buffer = value as { type?: string; data?: number[] };
  return buffer?.type === 'Buffer' && Array.isArray(buffer.data) ? Buffer.from(buffer.data) : value;
}

export function readPlans(file: string): ReplayPlans {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as ReplayPlans;
  for (const plan of Object.values(raw)) {
    for (const statement of plan.statements) {
      statement.params = statement.params.map((p) => (p.kind === 'fixed' ? { kind: 'fixed', value: reviveBuffer(p.value) } : p));
    }
  }
  return raw;
}
