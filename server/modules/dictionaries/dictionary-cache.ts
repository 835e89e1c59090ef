import { asc } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { dictionaryEntries } from './dictionaries.tables';
import { dictionaryTypeNames } from './dictionary-seed-data';

type Entry = typeof dictionaryEntries.$inferSelect;

/**
 * Dictionaries are read on most screens and change rarely: kept in memory, dropped after a write
 * here and after a minute anyway (other app processes may have written).
 */
const ttlMs = 60_000;
let cached: { at: number; entries: Entry[] } | null = null;

export function invalidateDictionaries(): void {
  cached = null;
}

export async function allDictionaries(db: Db) {
  if (!cached || Date.now() - cached.at > ttlMs) {
    const entries = await db.select().from(dictionaryEntries).orderBy(asc(dictionaryEntries.type), asc(dictionaryEntries.sort), asc(dictionaryEntries.code));
    cached = { at: Date.now(), entries };
  }
  const types = [...new Set([...Object.keys(dictionaryTypeNames), ...cached.entries.map((e) => e.type)])];
  return types.map((type) => ({
    type,
    nameZh: dictionaryTypeNames[type]?.[0] ?? type,
    nameEn: dictionaryTypeNames[type]?.[1] ?? type,
    entries: cached!.entries.filter((e) => e.type === type).map(({ code, labelZh, labelEn, sort, enabled }) => ({ code, labelZh, labelEn, sort, enabled })),
  }));
}
