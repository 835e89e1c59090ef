/**
 * Unreachable: the latest `needed` attempts (newest first) all failed, so none succeeded after them.
 * Answers the date of the latest failed attempt, or null when the organization is not unreachable.
 */
export function unreachableFrom(newestFirst: { attemptedOn: string; reached: boolean }[], needed: number): string | null {
  const latest = newestFirst.slice(0, needed);
  if (latest.length < needed || latest.some((a) => a.reached)) return null;
  return latest[0].attemptedOn;
}
