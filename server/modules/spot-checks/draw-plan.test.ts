import { describe, expect, it } from 'vitest';
import { drawSize, planDraw, populationHash } from './draw-plan';

const population = Array.from({ length: 57 }, (_, i) => ({
  id: `org-${String(i).padStart(3, '0')}`, streetCode: i % 2 ? '441802006' : '441802007',
}));
const pool = [
  { id: 'u-bureau-1', jurisdictionCode: '441802' }, { id: 'u-bureau-2', jurisdictionCode: '441802' },
  { id: 'u-street-1', jurisdictionCode: '441802006' }, { id: 'u-street-2', jurisdictionCode: '441802006' },
  { id: 'u-street-3', jurisdictionCode: '441802007' },
];
const plan = (seed: string, sharePercent = 10, inspectorsPerCheck = 2) => planDraw({ seed, population, sharePercent, pool, inspectorsPerCheck });

describe('the spot-check draw', () => {
  it('is the same from the same seed and population, and differs with another seed', () => {
    expect(plan('2026-清城-a')).toEqual(plan('2026-清城-a'));
    expect(plan('2026-清城-b').map((c) => c.organizationId)).not.toEqual(plan('2026-清城-a').map((c) => c.organizationId));
  });

  it('draws exactly the share rounded up, at least one, without repeats, only from the population', () => {
    expect(drawSize(57, 10)).toBe(6);
    expect(drawSize(57, 0.1)).toBe(1);
    expect(drawSize(20, 5)).toBe(1);
    expect(drawSize(57, 100)).toBe(57);
    expect(drawSize(0, 5)).toBe(0);
    for (const share of [0.1, 5, 10, 33.3, 100]) {
      const ids = plan(`seed-${share}`, share).map((c) => c.organizationId);
      expect(ids).toHaveLength(drawSize(57, share));
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(population.some((m) => m.id === id)).toBe(true);
    }
  });

  it('gives each check a street officer of its own street and a bureau officer, never the same person twice', () => {
    for (const check of plan('inspectors', 50, 3)) {
      const street = population.find((m) => m.id === check.organizationId)!.streetCode;
      const people = check.inspectorIds.map((id) => pool.find((p) => p.id === id)!);
      expect(people).toHaveLength(3);
      expect(new Set(check.inspectorIds).size).toBe(3);
      expect(people[0].jurisdictionCode).toBe(street);
      expect(people[1].jurisdictionCode).toBe('441802');
    }
  });

  it('hashes the population in its order', () => {
    expect(populationHash(population)).toBe(populationHash([...population]));
    expect(populationHash(population)).not.toBe(populationHash([...population].reverse()));
  });
});
