import { hash, verify } from '@node-rs/argon2';
import type { FieldError } from '../errors';

/** argon2id with the library's defaults (19 MiB, 2 passes): about 50 ms a hash on this class of machine. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** A hash to verify against when the username is unknown, so both paths take the same time. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-never-matches');
  return decoyHash;
}

export type PasswordPolicy = { minLength: number; minClasses: number };

const characterClasses = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** 等保 level 3 by default: ≥ 8 characters from at least three of the four classes. */
export function checkPasswordPolicy(
  password: string,
  policy: PasswordPolicy,
  username?: string,
): FieldError[] {
  const errors: FieldError[] = [];
  if (password.length < policy.minLength) {
    errors.push({ path: 'newPassword', key: 'passwordTooShort', params: { min: policy.minLength } });
  }
  const classes = characterClasses.filter((c) => c.test(password)).length;
  if (classes < policy.minClasses) {
    errors.push({ path: 'newPassword', key: 'passwordClasses', params: { min: policy.minClasses } });
  }
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    errors.push({ path: 'newPassword', key: 'passwordContainsUsername' });
  }
  return errors;
}

/** A one-time password that satisfies any policy up to four classes. */
export function generateOneTimePassword(): string {
  const pick = (alphabet: string, n: number) =>
    Array.from(crypto.getRandomValues(new Uint32Array(n)), (v) => alphabet[v % alphabet.length]).join('');
  const chars =
    pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 3) + pick('abcdefghijkmnpqrstuvwxyz', 4) +
    pick('23456789', 3) + pick('@#%+=!', 2);
  const shuffled = [...chars];
  const random = crypto.getRandomValues(new Uint32Array(shuffled.length));
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = random[i] % (i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled.join('');
}
