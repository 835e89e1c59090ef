import { createHash } from 'node:crypto';
import { pickDistinct, seededRandom } from './seeded-random';

export type PopulationMember = { id: string; streetCode: string };
export type Inspector = { id: string; jurisdictionCode: string };
export type DrawnCheck = { organizationId: string; inspectorIds: string[] };

/** How many organizations a share draws: at least one, the share rounded up. */
export function drawSize(populationCount: number, sharePercent: number): number {
  if (!populationCount) return 0;
  return Math.min(populationCount, Math.max(1, Math.ceil((sharePercent * populationCount) / 100 - 1e-9)));
}

/** SHA-256 of the population ids in their order, one per line. */
export function populationHash(population: readonly { id: string }[]): string {
  return createHash('sha256').update(population.map((m) => m.id).join('\n')).digest('hex');
}

/**
 * The 双随机 draw as a pure function of its inputs, so it can be run again to verify a stored draw.
 * Both lists must come ordered by id. Organizations are drawn first, without replacement; then for
 * each, in the order drawn, its inspectors from one stream: one street officer of the organization's
 * own street when the pool has one, one bureau officer when it has one, the rest from whoever of the
 * pool is left. Nobody inspects the same organization twice.
 */
export function planDraw(input: {
  seed: string;
  population: readonly PopulationMember[];
  sharePercent: number;
  pool: readonly Inspector[];
  inspectorsPerCheck: number;
}): DrawnCheck[] {
  const random = seededRandom(input.seed);
  const picked = pickDistinct(random, input.population, drawSize(input.population.length, input.sharePercent));
  return picked.map((organization) => {
    const chosen: Inspector[] = [];
    const choose = (candidates: Inspector[], count: number) => {
      chosen.push(...pickDistinct(random, candidates.filter((i) => !chosen.includes(i)), count));
    };
    choose(input.pool.filter((i) => i.jurisdictionCode === organization.streetCode), 1);
    choose(input.pool.filter((i) => i.jurisdictionCode.length < 9), Math.min(1, input.inspectorsPerCheck - chosen.length));
    choose([...input.pool], input.inspectorsPerCheck - chosen.length);
    return { organizationId: organization.id, inspectorIds: chosen.map((i) => i.id) };
  });
}
