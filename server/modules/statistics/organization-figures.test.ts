import { describe, expect, it } from 'vitest';
import { organizationFigures, type CountRow, type DensityRow } from './organization-figures';

const targets = { urban: 12, rural: 7 };
const counts: CountRow[] = [
  { code: '441802006', status: 'active', orgClass: 'filed', category: 'service', organizations: 20 },
  { code: '441802006', status: 'active', orgClass: 'guided', category: 'culture_sports', organizations: 5 },
  { code: '441802006', status: 'draft', orgClass: 'filed', category: 'service', organizations: 2 },
  { code: '441802006', status: 'terminated', orgClass: 'registered', category: 'charity', organizations: 1 },
];

describe('organization figures', () => {
  it('counts every status, and only active organizations by class and category', () => {
    const figures = organizationFigures(counts, [], targets);
    expect(figures).toMatchObject({
      organizations: 28, active: 25,
      byStatus: { draft: 2, active: 25, terminated: 1, revoked: 0, rejected: 0 },
      activeByClass: { registered: 0, filed: 20, guided: 5 },
      activeByCategory: { service: 20, culture_sports: 5 },
    });
  });

  it('averages over urban and rural communities to one decimal and compares the unrounded average with the target', () => {
    const density: DensityRow[] = [
      { code: 'a', urban: true, communities: 3, organizations: 35, belowTarget: 2 },
      { code: 'b', urban: false, communities: 2, organizations: 14, belowTarget: 0 },
    ];
    expect(organizationFigures([], density, targets)).toMatchObject({
      urbanCommunities: 3, urbanOrganizations: 35, urbanDensity: 11.7, urbanMeetsTarget: false,
      ruralCommunities: 2, ruralOrganizations: 14, ruralDensity: 7, ruralMeetsTarget: true,
      communitiesBelowTarget: 2,
    });
    // 11.96 shows as 12.0 but is still short of 12.
    const almost = organizationFigures([], [{ code: 'a', urban: true, communities: 25, organizations: 299, belowTarget: 1 }], targets);
    expect(almost).toMatchObject({ urbanDensity: 12, urbanMeetsTarget: false });
  });

  it('has no average and no verdict where there are no communities', () => {
    expect(organizationFigures(counts, [], targets)).toMatchObject({
      urbanCommunities: 0, urbanDensity: null, urbanMeetsTarget: null, ruralDensity: null, ruralMeetsTarget: null, communitiesBelowTarget: 0,
    });
  });
});
