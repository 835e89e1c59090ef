import { describe, expect, it } from 'vitest';
import { checkInCodeFor, checkInCodeIsValid, checkInCodeWindowMs, currentCheckInCode, newCheckInSecret } from './check-in-code';

const activity = { id: '6f1d2c0e-0000-4000-8000-000000000001', checkInSecret: newCheckInSecret() };
const at = (windows: number) => new Date(windows * checkInCodeWindowMs + 1000);

describe('rotating check-in code', () => {
  it('is 8 digits and changes from one window to the next', () => {
    const codes = [1000, 1001, 1002].map((w) => checkInCodeFor(activity, w));
    for (const code of codes) expect(code).toMatch(/^\d{8}$/);
    expect(new Set(codes).size).toBe(3);
  });

  it('accepts the current and the previous window only', () => {
    const { code } = currentCheckInCode(activity, at(2000));
    expect(checkInCodeIsValid(activity, code, at(2000))).toBe(true);
    expect(checkInCodeIsValid(activity, code, at(2001))).toBe(true);
    expect(checkInCodeIsValid(activity, code, at(2002))).toBe(false);
    // A photo taken the day before is long dead.
    expect(checkInCodeIsValid(activity, checkInCodeFor(activity, 2000 - 288), at(2000))).toBe(false);
    expect(currentCheckInCode(activity, at(2000)).expiresAt.getTime()).toBe(2002 * checkInCodeWindowMs);
  });

  it('belongs to one activity: the same window of another activity or secret does not match', () => {
    const other = { id: activity.id, checkInSecret: newCheckInSecret() };
    expect(checkInCodeIsValid(other, checkInCodeFor(activity, 3000), at(3000))).toBe(false);
    expect(checkInCodeIsValid(activity, '12', at(3000))).toBe(false);
  });
});
