import { getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../context';
import { scopeMarker } from '../db/scope-guard';
import { districtCodeOf } from '../db/columns';
import type { Db } from '../db/database';
import { preparedRead, type Preparable } from '../db/prepared-read';
import { rules, type PolicyAction } from './rules';

/** Whose subtree a query is limited to: an actor, or `systemScope` for work done by the platform itself. */
export type Scope = Pick<Actor, 'jurisdictionCode'>;

/** The whole tree: command-line tools and scheduled jobs, never a request. */
export const systemScope: Scope = { jurisdictionCode: '' };

/** A node is inside an actor's subtree when its code starts with the actor's node code. */
export function inSubtree(rootCode: string, code: string): boolean {
  return code.startsWith(rootCode);
}

/** `can(actor, action, resource)`: the role rule, then the resource's place in the tree. */
export function can(
  actor: Pick<Actor, 'role' | 'jurisdictionCode'>,
  action: PolicyAction,
  resource?: { jurisdictionCode: string },
): boolean {
  const rule = rules[action];
  if (!(rule.roles as readonly string[]).includes(actor.role)) return false;
  return resource === undefined || inSubtree(actor.jurisdictionCode, resource.jurisdictionCode);
}

/** The actions the UI may show, computed once per session answer. */
export function presentPolicies(actor: Pick<Actor, 'role' | 'jurisdictionCode'>): PolicyAction[] {
  return (Object.keys(rules) as PolicyAction[]).filter((action) => can(actor, action));
}

/**
 * The data-scope predicate: the table's jurisdiction_code inside the actor's subtree, and for
 * actors at or below a district, its district code too (one shard on Citus, the leading key
 * column everywhere). It carries the marker the scope guard looks for.
 */
export function inScope(
  actor: Scope,
  table: { jurisdictionCode: PgColumn; districtCode?: PgColumn },
): SQL {
  const district = scopeShapeOf(actor) === 'district' ? districtCodeOf(actor.jurisdictionCode) : undefined;
  return scopePredicate(table, `${actor.jurisdictionCode}%`, district);
}

/** Whether an actor's `inScope` pins a district (at or below one) or only a wider subtree's prefix. */
export type ScopeShape = 'district' | 'subtree';

export function scopeShapeOf(scope: Scope): ScopeShape {
  return scope.jurisdictionCode.length >= 6 ? 'district' : 'subtree';
}

/**
 * `inScope` with placeholders, for a query built once per scope shape (`preparedRead`): the same
 * predicate, filled with `scopeValues(actor)` when it runs. A query scoped twice (the actor's
 * subtree and a node inside it) names its second pair of placeholders by another `slot`.
 */
export function inScopeSlots(shape: ScopeShape, table: { jurisdictionCode: PgColumn; districtCode?: PgColumn }, slot = 'scope'): SQL {
  return scopePredicate(table, sql.placeholder(`${slot}Prefix`), shape === 'district' ? sql.placeholder(`${slot}District`) : undefined);
}

/**
 * A `preparedRead` limited to the actor's scope: built once per scope shape with `inScopeSlots`,
 * run with the actor's values and the query's own.
 */
export function scopedRead<R>(name: string, build: (db: Db, shape: ScopeShape) => Preparable<R>) {
  const read = preparedRead(name, build);
  return (db: Db, scope: Scope, values: Record<string, unknown>): Promise<R> => read(db, { ...values, ...scopeValues(scope) }, scopeShapeOf(scope));
}

/** The values of `inScopeSlots`'s placeholders for a scope. */
export function scopeValues(scope: Scope, slot = 'scope'): Record<string, string> {
  const prefix = { [`${slot}Prefix`]: `${scope.jurisdictionCode}%` };
  return scopeShapeOf(scope) === 'district' ? { ...prefix, [`${slot}District`]: districtCodeOf(scope.jurisdictionCode) } : prefix;
}

function scopePredicate(table: { jurisdictionCode: PgColumn; districtCode?: PgColumn }, prefix: unknown, district: unknown): SQL {
  const marker = sql.raw(scopeMarker(getTableName(table.jurisdictionCode.table)));
  const subtree = sql`${table.jurisdictionCode} like ${prefix}`;
  if (table.districtCode && district !== undefined) return sql`(${table.districtCode} = ${district} and ${subtree} ${marker})`;
  return sql`(${subtree} ${marker})`;
}
