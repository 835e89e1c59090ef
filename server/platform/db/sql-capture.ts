import { appendFileSync } from 'node:fs';
import type pg from 'pg';
import { isKeyLookupStatement } from './prepared-statements';

/** How many result rows of a statement the capture keeps: enough for the values later statements reuse. */
const keptRows = 5;

type QueryResultLike = { rows?: unknown[] };
type Callback = (error: Error | null, result?: QueryResultLike) => void;

/**
 * Benchmarks only (bench/harness): with LINLI_CAPTURE_SQL=<file>, every statement a `pg` client
 * sends — transaction control included — is appended to the file as one JSON line with its
 * parameters, its first result rows (each row as an array of values) and whether it is a key lookup
 * (run on the key-lookup connections, prepared-statements.ts), written synchronously so
 * the file is complete when the response is. The harness derives from the rows which parameters a
 * write takes from what it read (a chain head's sequence number, a version), so its bare server can
 * repeat the same statements for another request.
 */
export function captureSqlOf(client: typeof pg.Client, file: string | undefined): void {
  if (!file) return;
  const prototype = client.prototype as unknown as { query: (...args: unknown[]) => unknown; captured?: boolean };
  if (prototype.captured) return;
  prototype.captured = true;
  const query = prototype.query;
  prototype.query = function capturedQuery(this: unknown, ...args: unknown[]) {
    const [config, second] = args;
    const text = typeof config === 'string' ? config : (config as { text: string }).text;
    const params = (typeof config === 'string' ? second : (config as { values?: unknown[] }).values ?? (Array.isArray(second) ? second : [])) ?? [];
    const keyLookup = typeof config === 'object' && isKeyLookupStatement((config as { name?: string }).name);
    const write = (result: QueryResultLike | undefined) => appendLine(file, { sql: text, params: params as unknown[], keyLookup }, result);
    const callbackAt = args.findIndex((arg) => typeof arg === 'function');
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as Callback;
      args[callbackAt] = (error: Error | null, result?: QueryResultLike) => {
        if (!error) write(result);
        callback(error, result);
      };
      return query.apply(this, args);
    }
    const answer = query.apply(this, args) as Promise<QueryResultLike> | undefined;
    return answer?.then((result) => {
      write(result);
      return result;
    });
  };
}

function appendLine(file: string, statement: { sql: string; params: unknown[]; keyLookup: boolean }, result: QueryResultLike | undefined): void {
  const rows = (result?.rows ?? []).slice(0, keptRows).map((row) => (Array.isArray(row) ? row : Object.values(row as object)));
  const line = JSON.stringify({ ...statement, rows }, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));
  appendFileSync(file, `${line}\n`);
}
