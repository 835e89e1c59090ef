import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * How long one check-in code lives. Five minutes is long enough for a queue of volunteers to scan
 * the same code at the door, and short enough that a photo of the QR code shared in a chat group
 * stops working before the sender could have walked away; with the previous window also accepted,
 * a code scanned just as it rotates still works, and any code is dead after ten minutes.
 */
export const checkInCodeWindowMs = 5 * 60_000;

/** The activity's own secret for its rotating code, chosen once when it is published. */
export function newCheckInSecret(): string {
  return randomBytes(32).toString('hex');
}

const windowOf = (at: Date) => Math.floor(at.getTime() / checkInCodeWindowMs);

/** The 8-digit code of one time window: an HMAC of the activity id and the window, with the activity's secret. */
export function checkInCodeFor(activity: { id: string; checkInSecret: string }, window: number): string {
  const digest = createHmac('sha256', activity.checkInSecret).update(`${activity.id}:${window}`).digest();
  // The first 5 bytes as a number (40 bits), reduced to 8 decimal digits: easy to type when a camera fails.
  return String(digest.readUIntBE(0, 5) % 100_000_000).padStart(8, '0');
}

/** The code to show now, and when it stops being accepted (the end of the next window). */
export function currentCheckInCode(activity: { id: string; checkInSecret: string }, now: Date) {
  const window = windowOf(now);
  return { code: checkInCodeFor(activity, window), expiresAt: new Date((window + 2) * checkInCodeWindowMs) };
}

/** A typed or scanned code is good in its own window and the one after. */
export function checkInCodeIsValid(activity: { id: string; checkInSecret: string }, code: string, now: Date): boolean {
  const given = Buffer.from(code.replace(/\s/g, ''));
  const window = windowOf(now);
  return [window, window - 1].some((w) => {
    const expected = Buffer.from(checkInCodeFor(activity, w));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
