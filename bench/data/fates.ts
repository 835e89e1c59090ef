import type { HashSql } from './hash-sql';

/**
 * What became of each generated organization, with its share. Filed-class fates go through the
 * filing case (its state is the fate, `returned` a draft sent back, `filed` onward have a
 * certificate); registered and guided organizations are recorded without a case.
 */
const fates = [
  ['filed', 0.55], ['draft', 0.02], ['returned', 0.02], ['committee_review', 0.03], ['street_review', 0.03],
  ['public_notice', 0.03], ['rejected', 0.02], ['terminated', 0.03], ['revoked', 0.02], ['registered', 0.10], ['guided', 0.15],
] as const;
export type OrganizationFate = (typeof fates)[number][0];

/** The fate of the organization whose id is `idColumn`, from the seed: the same in every step. */
export function fateSql(h: HashSql, idColumn: string): string {
  return h.share(fates.slice(0, -1), `'fate:' || ${idColumn}::text`, fates.at(-1)![0]);
}

/** Fates whose filing reached `filed` (and so hold a certificate). */
export const filedFates = ['filed', 'terminated', 'revoked'];
