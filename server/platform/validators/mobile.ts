import { z } from 'zod';

const mobilePattern = /^(?:\+?86)?(1[3-9]\d{9})$/;

/** Mainland mobile numbers: 11 digits from 13x–19x, with an optional +86 / 86 prefix. */
export function isValidMobile(value: string): boolean {
  return mobilePattern.test(value.replace(/[\s-]/g, ''));
}

export function normalizeMobile(value: string): string | null {
  return mobilePattern.exec(value.replace(/[\s-]/g, ''))?.[1] ?? null;
}

export const mobileSchema = z.string().trim().refine(isValidMobile, 'mobileInvalid').transform((v) => normalizeMobile(v)!);
