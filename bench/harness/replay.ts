import { randomBytes, randomUUID } from 'node:crypto';
import { endsTransaction, opensTransaction, type ParamSource, type ReplayPlan, type RequestInputs } from './replay-plan';

/** What the bare server sends one statement through: a pool or one client of it. */
export type Queryable = {
  query(config: { text: string; values: unknown[]; rowMode: 'array' }): Promise<{ rows: unknown[][] }>;
};

/**
 * Executes the plan's statements in order for one request, each parameter taken as its source says,
 * and answers the last rows any statement returned. A key lookup outside the transaction runs on
 * `keyLookupsOn`, as our app runs it on its key-lookup connections.
 */
export async function executePlan(on: Queryable, plan: ReplayPlan, inputs: RequestInputs, keyLookupsOn = on): Promise<unknown[][]> {
  const replacements = replacementsFor(plan, inputs);
  const answered: unknown[][][] = [];
  let last: unknown[][] = [];
  let inTransaction = false;
  for (const statement of plan.statements) {
    if (opensTransaction(statement.sql)) inTransaction = true;
    const values = statement.params.map((source) => valueOf(source, inputs, answered, replacements));
    const target = statement.keyLookup && !inTransaction ? keyLookupsOn : on;
    const { rows } = await target.query({ text: statement.sql, values, rowMode: 'array' });
    if (endsTransaction(statement.sql)) inTransaction = false;
    answered.push(rows);
    if (rows.length) last = rows;
  }
  return last;
}

/**
 * The captured values this request replaces, with their replacements: the captured inputs by this
 * request's, and every captured fresh UUID by a new one (the same new one wherever it recurs, e.g.
 * a movement's id in its entries and in its audit row's details).
 */
function replacementsFor(plan: ReplayPlan, inputs: RequestInputs): Map<string, string> {
  const replacements = new Map<string, string>();
  for (const [name, value] of Object.entries(plan.capturedInputs)) {
    if (inputs[name] !== undefined) replacements.set(value, inputs[name]);
  }
  for (const statement of plan.statements) {
    for (const source of statement.params) {
      if (source.kind === 'fresh' && source.shape === 'uuid' && !replacements.has(source.captured)) replacements.set(source.captured, randomUUID());
    }
  }
  return replacements;
}

function valueOf(source: ParamSource, inputs: RequestInputs, answered: unknown[][][], replacements: Map<string, string>): unknown {
  switch (source.kind) {
    case 'fixed':
      return source.value;
    case 'input':
      return inputs[source.name];
    case 'read': {
      const value = answered[source.statement]?.[source.row]?.[source.column];
      return source.add ? Number(value) + source.add : value;
    }
    case 'fresh':
      return freshValue(source, withEmbeddedReads(source, answered, replacements));
  }
}

/** The replacements, plus what this request read where the captured text holds an earlier read. */
function withEmbeddedReads(source: Extract<ParamSource, { kind: 'fresh' }>, answered: unknown[][][], replacements: Map<string, string>) {
  if (!source.embeds) return replacements;
  const more = new Map(replacements);
  for (const embed of source.embeds) {
    const value = answered[embed.statement]?.[embed.row]?.[embed.column];
    if (value !== undefined && value !== null) more.set(embed.captured, String(value));
  }
  return more;
}

/**
 * Text whose varying part holds replaced values (JSON details naming fresh ids, inputs, the time) is
 * that text with this request's values; else the stable head, with its replaced values, and a random
 * tail of the captured kind (a hashed key, a chain hash).
 */
function freshValue(source: Extract<ParamSource, { kind: 'fresh' }>, replacements: Map<string, string>): string {
  if (source.shape === 'uuid') return replacements.get(source.captured)!;
  if (source.shape === 'timestamp') return nowLike(source.captured);
  const replaced = (text: string) => {
    for (const [captured, replacement] of replacements) text = text.replaceAll(captured, replacement);
    return text.replace(isoTimestamps, () => new Date().toISOString());
  };
  if (reachesPast(source.captured, source.stable, [...replacements.keys()])) return replaced(source.captured);
  return replaced(source.captured.slice(0, source.stable)) + randomLike(source.captured.slice(source.stable));
}

const isoTimestamps = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;

/** Whether a replaced value or a timestamp ends past `stable` in `text`, i.e. explains the part that varied. */
function reachesPast(text: string, stable: number, values: string[]): boolean {
  for (const value of values.filter(Boolean)) {
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) if (at + value.length > stable) return true;
  }
  return [...text.matchAll(isoTimestamps)].some((match) => match.index + match[0].length > stable);
}

/** The current time written as the captured one was (ISO with T and Z, PostgreSQL's text form, or a date). */
function nowLike(captured: string): string {
  const iso = new Date().toISOString();
  if (captured.length === 10) return iso.slice(0, 10);
  return captured.includes('T') ? iso : iso.replace('T', ' ').replace('Z', '+00');
}

/** Random characters of the captured tail's kind (hex or base64url) and length: a hash, a hashed key. */
function randomLike(tail: string): string {
  const hex = /^[0-9a-f]*$/.test(tail);
  const random = randomBytes(tail.length).toString(hex ? 'hex' : 'base64url');
  return random.slice(0, tail.length);
}
