import { describe, expect, it } from 'vitest';
import { unreachableFrom } from './unreachable';

const failed = (on: string) => ({ attemptedOn: on, reached: false });
const reached = (on: string) => ({ attemptedOn: on, reached: true });

describe('unreachable', () => {
  it('needs the latest attempts all failed', () => {
    expect(unreachableFrom([failed('2026-11-02'), failed('2026-10-01')], 2)).toBe('2026-11-02');
    expect(unreachableFrom([failed('2026-11-02')], 2)).toBeNull();
    expect(unreachableFrom([failed('2026-11-02'), reached('2026-10-01'), failed('2026-09-01')], 2)).toBeNull();
  });

  it('a success after failures makes it reachable again', () => {
    expect(unreachableFrom([reached('2026-12-01'), failed('2026-11-02'), failed('2026-10-01')], 2)).toBeNull();
  });
});
