import type { organizations } from '../organizations/organizations.tables';
import type { spotCheckDraws, spotChecks } from './spot-checks.tables';

type Check = typeof spotChecks.$inferSelect;
type Draw = typeof spotCheckDraws.$inferSelect;

export function presentCheck(
  c: Check,
  o: Pick<typeof organizations.$inferSelect, 'name' | 'orgClass' | 'streetCode'>,
  names: { staff: Map<string, string>; places: Map<string, string> },
) {
  return {
    id: c.id, drawId: c.drawId, organizationId: c.organizationId, organizationName: o.name, orgClass: o.orgClass,
    jurisdictionCode: c.jurisdictionCode, placeName: names.places.get(c.jurisdictionCode) ?? null, streetName: names.places.get(o.streetCode) ?? null,
    inspectors: c.inspectorIds.map((id) => ({ id, name: names.staff.get(id) ?? '' })),
    state: c.state, checkedOn: c.checkedOn, findings: c.findings, conclusion: c.conclusion,
  };
}

/** The draw without its stored lists: those are summed up by their counts and hash. */
export function presentDraw(d: Draw, drawnCount: number, completedCount: number) {
  return {
    id: d.id, jurisdictionCode: d.jurisdictionCode, year: d.year, title: d.title, seed: d.seed, sharePercent: d.sharePercent,
    populationCount: d.populationCount, populationHash: d.populationHash, inspectorsPerCheck: d.inspectorsPerCheck,
    poolSize: d.inspectorPool.length, drawnCount, completedCount, createdAt: d.createdAt.toISOString(),
  };
}
