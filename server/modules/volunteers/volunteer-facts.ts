import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { ValidationError, type FieldError } from '../../platform/errors';
import { jurisdictions } from '../jurisdictions/jurisdictions.tables';
import { allDictionaries } from '../dictionaries/dictionary-cache';

type Entry = { code: string; labelZh: string; labelEn: string };

/** The skills (`skill`) and service interests (`service_type`) a volunteer may name: the enabled dictionary entries. */
export type VolunteerVocabulary = { skills: Map<string, Entry>; interests: Map<string, Entry> };

export async function volunteerVocabulary(db: Db): Promise<VolunteerVocabulary> {
  const dictionaries = await allDictionaries(db);
  const enabled = (type: string) => new Map((dictionaries.find((d) => d.type === type)?.entries ?? []).filter((e) => e.enabled).map((e) => [e.code, e]));
  return { skills: enabled('skill'), interests: enabled('service_type') };
}

/** The codes among `codes` that are communities or villages (level 5) of the tree. */
export async function knownCommunities(db: Db, codes: string[]): Promise<Set<string>> {
  const unique = [...new Set(codes)];
  if (!unique.length) return new Set();
  const rows = await db.select({ code: jurisdictions.code }).from(jurisdictions).where(and(inArray(jurisdictions.code, unique), eq(jurisdictions.level, 5)));
  return new Set(rows.map((r) => r.code));
}

export type VolunteerFacts = { jurisdictionCode?: string; skills?: string[]; interests?: string[] };

/** What is wrong with a volunteer's place and vocabulary, as field errors (the same for the form and a spreadsheet row). */
export function volunteerFactErrors(vocabulary: VolunteerVocabulary, communities: Set<string>, facts: VolunteerFacts): FieldError[] {
  const errors: FieldError[] = [];
  if (facts.jurisdictionCode !== undefined && !communities.has(facts.jurisdictionCode)) {
    errors.push({ path: 'jurisdictionCode', key: 'volunteerCommunityUnknown' });
  }
  if (facts.skills?.some((code) => !vocabulary.skills.has(code))) errors.push({ path: 'skills', key: 'volunteerSkillUnknown' });
  if (facts.interests?.some((code) => !vocabulary.interests.has(code))) errors.push({ path: 'interests', key: 'volunteerInterestUnknown' });
  return errors;
}

/** The same check for one volunteer, reading the dictionaries and the tree. */
export async function findVolunteerFactErrors(db: Db, facts: VolunteerFacts): Promise<FieldError[]> {
  const [vocabulary, communities] = await Promise.all([volunteerVocabulary(db), knownCommunities(db, facts.jurisdictionCode ? [facts.jurisdictionCode] : [])]);
  return volunteerFactErrors(vocabulary, communities, facts);
}

/** Refuses (400, field errors) a home community that is not a community of the tree, or codes outside the dictionaries. */
export async function checkVolunteerFacts(db: Db, facts: VolunteerFacts): Promise<void> {
  const errors = await findVolunteerFactErrors(db, facts);
  if (errors.length) throw new ValidationError('validation', {}, errors);
}
