import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import type { FieldError } from '../../platform/errors';
import { allDictionaries } from '../dictionaries/dictionary-cache';
import { jurisdictions } from '../jurisdictions/jurisdictions.tables';

/**
 * Field checks the schemas cannot make: dictionary codes that exist and are enabled, and a place
 * that is a known street or community. They return field errors so a form shows them all at once.
 */
export async function unknownDictionaryCodes(db: Db, checks: { path: string; type: string; codes: (string | null | undefined)[] }[]): Promise<FieldError[]> {
  const dictionaries = await allDictionaries(db);
  return checks.flatMap(({ path, type, codes }) => {
    const enabled = new Set(dictionaries.find((d) => d.type === type)?.entries.filter((e) => e.enabled).map((e) => e.code));
    const unknown = codes.filter((code): code is string => Boolean(code) && !enabled.has(code!));
    return unknown.length ? [{ path, key: 'activityCodesUnknown' as const, params: { codes: unknown.join('、') } }] : [];
  });
}

/** A known street (9 digits) or community (12 digits): activities and requests happen at one. */
export async function placeErrors(db: Db, code: string, path = 'jurisdictionCode'): Promise<FieldError[]> {
  if (code.length !== 9 && code.length !== 12) return [{ path, key: 'activityPlaceLevel' }];
  const [node] = await db.select({ code: jurisdictions.code }).from(jurisdictions).where(eq(jurisdictions.code, code));
  return node ? [] : [{ path, key: 'jurisdictionUnknown', params: { code } }];
}
