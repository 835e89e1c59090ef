import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm/logger';

/**
 * Data scope is applied by the platform, not remembered by each query. Tables registered here hold
 * rows owned by a jurisdiction; every SELECT, UPDATE or DELETE on them must carry the scope marker
 * that `inScope()` writes, or run inside `withoutScope(reason, …)` (login, jobs, system work).
 * The check runs on every query, so a forgotten scope fails loudly in tests and in production.
 */
const scopedTables = new Set<string>();
const unscopedReason = new AsyncLocalStorage<string>();

export class ScopeViolationError extends Error {
  constructor(readonly table: string, readonly sql: string) {
    super(`Query on scoped table "${table}" without a jurisdiction scope: ${sql.slice(0, 300)}`);
  }
}

export function registerScopedTable(name: string): void {
  scopedTables.add(name);
}

export function isScopedTable(name: string): boolean {
  return scopedTables.has(name);
}

export function scopeMarker(table: string): string {
  return `/*scope:${table}*/`;
}

/** Runs `work` with the scope check lifted; the reason documents why at the call site. */
export function withoutScope<T>(reason: string, work: () => PromiseLike<T>): Promise<T> {
  // Awaited inside the context: Drizzle's query builders only run when awaited.
  return unscopedReason.run(reason, async () => await work());
}

const tableReference = /\b(from|join|update)\s+"([a-z_]+)"/gi;

/**
 * Query texts already found scoped. The verdict depends on the text alone and a query shape repeats
 * on every request, so each is scanned once (refusals are never remembered: they throw every time).
 */
const scopedQueries = new Set<string>();
const maxScopedQueries = 5_000;

export function checkScope(query: string): void {
  if (unscopedReason.getStore() || scopedQueries.has(query)) return;
  for (const match of query.matchAll(tableReference)) {
    const table = match[2];
    if (scopedTables.has(table) && !query.includes(scopeMarker(table))) {
      throw new ScopeViolationError(table, query);
    }
  }
  if (scopedQueries.size >= maxScopedQueries) scopedQueries.clear();
  scopedQueries.add(query);
}

export function scopeGuardLogger(next?: Logger): Logger {
  return {
    logQuery(query, params) {
      checkScope(query);
      next?.logQuery(query, params);
    },
  };
}
