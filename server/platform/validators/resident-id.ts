import { z } from 'zod';

/** GB 11643: 17 digits, then a check character over them (weights 2^(17-i) mod 11). */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

export function normalizeResidentId(id: string): string {
  return id.trim().toUpperCase();
}

export function residentIdCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  return checkCharacters[sum % 11];
}

export type ResidentIdFacts = { birthDate: string; gender: 'male' | 'female'; divisionCode: string };

/** The facts a valid 18-character resident ID carries, or null when it is not valid. */
export function parseResidentId(raw: string, today = new Date()): ResidentIdFacts | null {
  const id = normalizeResidentId(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return null;
  const [year, month, day] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const birth = new Date(Date.UTC(year, month - 1, day));
  const realDate = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  if (!realDate || year < 1900 || birth > today) return null;
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    divisionCode: id.slice(0, 6),
  };
}

export function isValidResidentId(id: string): boolean {
  return parseResidentId(id) !== null;
}

export const residentIdSchema = z.string().trim().refine(isValidResidentId, 'residentIdInvalid').transform(normalizeResidentId);
