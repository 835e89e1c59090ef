import { z } from 'zod';

/**
 * Unified social credit code, GB 32100-2015: 18 characters from an alphabet without I, O, Z, S, V.
 * 1: registering authority, 2: kind, 3–8: division code, 9–17: organization code (itself checked by
 * GB 11714), 18: check character over the first 17.
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const orgCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];
// GB 11714 predates GB 32100 and values letters by the full Latin alphabet (A=10 … Z=35), not by
// their place in the credit-code alphabet: J counts 19 in the organization check, 18 in the outer one.
const orgCodeAlphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function creditCodeCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = alphabet.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * weights[i];
  }
  return alphabet[(31 - (sum % 31)) % 31];
}

/** GB 11714 check character of an 8-character organization code body. */
export function organizationCodeCheckCharacter(body8: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const value = orgCodeAlphabet.indexOf(body8[i]);
    if (value < 0) return null;
    sum += value * orgCodeWeights[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function normalizeCreditCode(code: string): string {
  return code.trim().toUpperCase();
}

export function isValidCreditCode(raw: string): boolean {
  const code = normalizeCreditCode(raw);
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  if (!/^[1-9ANY]/.test(code)) return false;
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return false;
  return organizationCodeCheckCharacter(code.slice(8, 16)) === code[16];
}

/** Civil-affairs registrations start with 5: 51 social group, 52 social service agency, 53 foundation. */
export function creditCodeOrgKind(code: string): 'social_group' | 'social_service_agency' | 'foundation' | 'other' {
  switch (normalizeCreditCode(code).slice(0, 2)) {
    case '51': return 'social_group';
    case '52': return 'social_service_agency';
    case '53': return 'foundation';
    default: return 'other';
  }
}

export const creditCodeSchema = z.string().trim().refine(isValidCreditCode, 'creditCodeInvalid').transform(normalizeCreditCode);
