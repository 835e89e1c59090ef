import type { spotCheckDraws } from './spot-checks.tables';
import { planDraw, populationHash } from './draw-plan';

/**
 * Draws again from what the draw stored (seed, population, share, pool) and compares: the
 * population still hashes to the stored hash, and the same organizations come out with the same
 * inspectors as the checks on record.
 */
export function verifyDraw(draw: typeof spotCheckDraws.$inferSelect, checks: { organizationId: string; inspectorIds: string[] }[]) {
  const populationMatches = populationHash(draw.population) === draw.populationHash && draw.population.length === draw.populationCount;
  const again = planDraw({
    seed: draw.seed, population: draw.population, sharePercent: draw.sharePercent, pool: draw.inspectorPool, inspectorsPerCheck: draw.inspectorsPerCheck,
  });
  const key = (c: { organizationId: string; inspectorIds: string[] }) => `${c.organizationId}:${c.inspectorIds.join(',')}`;
  const stored = new Set(checks.map(key));
  const checksMatch = again.length === checks.length && again.every((c) => stored.has(key(c)));
  return { reproduces: populationMatches && checksMatch, populationMatches, checksMatch, redrawnCount: again.length };
}
