import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be misread for one another (no 0/O, 1/I/L). */
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const length = 8;

export const pickupCodePattern = /^[A-Z0-9]{8}$/;

/** A random pickup code; its uniqueness in the district is the table's unique index. */
export function newPickupCode(): string {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
}
