import type { Grade } from './grading.tables';

export type GradeBands = { '5A': number; '4A': number; '3A': number; '2A': number };

/** Grades at or above 3A: the share the bureau is measured by (seed 003) and those given a plaque. */
export const highGrades: Grade[] = ['5A', '4A', '3A'];

/**
 * The grade a total earns (`grade.bands`, `grade.passMark`): the bounds are points of a 1,000-point
 * index, so a total on an index of another size is scaled to 1,000 first. Below the pass mark: none.
 */
export function gradeFor(total: number, indexTotal: number, bands: GradeBands, passMark: number): Grade {
  const score = (total * 1000) / indexTotal;
  for (const grade of ['5A', '4A', '3A', '2A'] as const) if (score >= bands[grade]) return grade;
  return score >= passMark ? '1A' : 'none';
}
