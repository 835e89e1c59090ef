import type { Db } from '../../platform/db/database';
import { allDictionaries } from '../dictionaries/dictionary-cache';

/** The dictionary `service_type` (cached; read it before a transaction opens, never inside one). */
export async function serviceTypeEntries(db: Db) {
  return (await allDictionaries(db)).find((d) => d.type === 'service_type')?.entries ?? [];
}
