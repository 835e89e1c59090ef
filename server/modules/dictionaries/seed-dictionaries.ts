import type { Db } from '../../platform/db/database';
import { dictionaryEntries } from './dictionaries.tables';
import { dictionarySeed } from './dictionary-seed-data';

/** Inserts the starting vocabularies; entries that exist (perhaps edited) are left as they are. */
export async function seedDictionaries(db: Db): Promise<void> {
  const rows = Object.entries(dictionarySeed).flatMap(([type, entries]) =>
    entries.map(([code, labelZh, labelEn], sort) => ({ type, code, labelZh, labelEn, sort })),
  );
  await db.insert(dictionaryEntries).values(rows).onConflictDoNothing();
}
