import { getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../context';
import { scopeMarker } from '../db/scope-guard';
import { districtCodeOf } from '../db/columns';
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
  const marker = sql.raw(scopeMarker(getTableName(table.jurisdictionCode.table)));
  const subtree = sql`${table.jurisdictionCode} like ${`${actor.jurisdictionCode}%`}`;
  if (table.districtCode && actor.jurisdictionCode.length >= 6) {
    return sql`(${table.districtCode} = ${districtCodeOf(actor.jurisdictionCode)} and ${subtree} ${marker})`;
  }
  return sql`(${subtree} ${marker})`;
}
