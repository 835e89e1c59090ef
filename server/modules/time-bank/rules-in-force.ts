import { and, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../platform/db/database';
import { keyLookupRead } from '../../platform/db/key-lookup';
import { settingDefinitions, type JurisdictionSettingKey } from '../../platform/settings/settings';
import { jurisdictionSettings, settings } from '../../platform/settings/settings.tables';
import { ancestorCodes } from '../jurisdictions/jurisdiction-queries';

/** Where the value in force at a place comes from: the code's default, the platform's setting, or a node at or above the place. */
export type RuleSource = { from: 'default' } | { from: 'platform' } | { from: 'node'; code: string };

/** What a rule may hold (its schema's type, not just its default's). */
export type RuleValue<K extends JurisdictionSettingKey> = z.infer<(typeof settingDefinitions)[K]['schema']>;

export type RuleInForce<K extends JurisdictionSettingKey> = {
  value: RuleValue<K>;
  source: RuleSource;
  /** The place's own override, null when it inherits. */
  own: RuleValue<K> | null;
};

export type RulesInForce<K extends JurisdictionSettingKey> = { [P in K]: RuleInForce<P> };

/**
 * The per-jurisdiction rules in force at a place (the nearest override at or above it, else the
 * platform's setting, else the default: the precedence of `Settings.forJurisdiction`), read through
 * the given connection. Ledger writes call this inside their transaction: the settings cache would
 * reload through another connection, which on the embedded database waits for this very transaction.
 */
export async function rulesInForce<K extends JurisdictionSettingKey>(db: Db, jurisdictionCode: string, keys: readonly K[]): Promise<RulesInForce<K>> {
  const places = [...ancestorCodes(jurisdictionCode), jurisdictionCode];
  const rows = await settingRows(db, { keys, places });
  const placeRows = rows.flatMap(({ place, ...row }) => (place === null ? [] : [{ ...row, place }]));
  const platformRows = rows.filter((row) => row.place === null);
  const entries = keys.map((key) => {
    const nearest = placeRows.filter((row) => row.key === key).sort((a, b) => b.place.length - a.place.length)[0];
    const platform = platformRows.find((row) => row.key === key);
    const own = nearest?.place === jurisdictionCode ? nearest.value : null;
    const rule: RuleInForce<K> = nearest
      ? { value: nearest.value as RuleValue<K>, source: { from: 'node', code: nearest.place }, own: own as RuleValue<K> | null }
      : platform
        ? { value: platform.value as RuleValue<K>, source: { from: 'platform' }, own: null }
        : { value: settingDefinitions[key].default as RuleValue<K>, source: { from: 'default' }, own: null };
    return [key, rule] as const;
  });
  return Object.fromEntries(entries) as RulesInForce<K>;
}

// The overrides at the place and above it, and the platform's values, by their keys in one statement
// (`db` may be a transaction, which runs one statement at a time); built once, every ledger write reads it.
const settingRows = keyLookupRead('rules_in_force', (db) => db
  .select({ place: sql<string | null>`${jurisdictionSettings.jurisdictionCode}`, key: jurisdictionSettings.key, value: jurisdictionSettings.value })
  .from(jurisdictionSettings)
  .where(and(sql`${jurisdictionSettings.key} = any(${sql.placeholder('keys')}::text[])`, sql`${jurisdictionSettings.jurisdictionCode} = any(${sql.placeholder('places')}::text[])`))
  .unionAll(db.select({ place: sql<string | null>`null`, key: settings.key, value: settings.value }).from(settings)
    .where(sql`${settings.key} = any(${sql.placeholder('keys')}::text[])`)));

/** Just the values in force at a place, key by key. */
export async function ruleValues<K extends JurisdictionSettingKey>(db: Db, jurisdictionCode: string, keys: readonly K[]): Promise<{ [P in K]: RuleValue<P> }> {
  const rules = await rulesInForce(db, jurisdictionCode, keys);
  return Object.fromEntries(keys.map((key) => [key, rules[key].value])) as { [P in K]: RuleValue<P> };
}
