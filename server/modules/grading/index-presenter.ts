import type { IndexInForce } from './index-in-force';

/** An index version as the console shows it; `isDefault` when the platform's default applies. */
export function presentIndex(index: IndexInForce, names: Map<string, string>) {
  return {
    id: index.id, jurisdictionCode: index.jurisdictionCode || null, placeName: names.get(index.jurisdictionCode) ?? null,
    isDefault: index.jurisdictionCode === '', version: index.version, totalPoints: index.totalPoints, tree: index.tree,
    savedAt: index.createdAt?.toISOString() ?? null,
  };
}
