import { describe, expect, it } from 'vitest';
import { ageOn } from './age';

describe('ageOn', () => {
  it('counts a year on the birthday itself, not the day before', () => {
    expect(ageOn('1966-11-25', '2026-11-24')).toBe(59);
    expect(ageOn('1966-11-25', '2026-11-25')).toBe(60);
    expect(ageOn('1966-11-25', '2027-01-01')).toBe(60);
  });

  it('counts someone born on 29 February a year older from 1 March in other years', () => {
    expect(ageOn('1964-02-29', '2026-02-28')).toBe(61);
    expect(ageOn('1964-02-29', '2026-03-01')).toBe(62);
    expect(ageOn('1964-02-29', '2028-02-29')).toBe(64);
  });
});
