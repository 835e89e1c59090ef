import { orgClasses, orgStatuses, type OrgClass, type OrgStatus } from '../organizations/organizations.tables';

/**
 * One count row of the precomputed tables, grouped by the place it is reckoned to and the status;
 * class and category only for active organizations (the figures split no other status by them).
 */
export type CountRow = { code: string; status: OrgStatus; orgClass: OrgClass | null; category: string | null; organizations: number };
/** Communities of a place, urban or rural: how many, their active organizations, how many fall short of the target. */
export type DensityRow = { code: string; urban: boolean; communities: number; organizations: number; belowTarget: number };

export type Targets = { urban: number; rural: number };

export type OrganizationFigures = {
  /** Every organization on record, whatever its status. */
  organizations: number;
  byStatus: Record<OrgStatus, number>;
  /** Active organizations by class (依法登记 · 备案 · 社区指导) and by category code. */
  active: number;
  activeByClass: Record<OrgClass, number>;
  activeByCategory: Record<string, number>;
  urbanCommunities: number;
  ruralCommunities: number;
  /** Active organizations sitting in those communities (those at a street office count in no community). */
  urbanOrganizations: number;
  ruralOrganizations: number;
  /** Average active organizations per community, one decimal; null without communities. */
  urbanDensity: number | null;
  ruralDensity: number | null;
  urbanMeetsTarget: boolean | null;
  ruralMeetsTarget: boolean | null;
  /** Communities with fewer active organizations than their target (urban or rural). */
  communitiesBelowTarget: number;
};

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The figures of one place from its count and density rows (a child's, or all of them for the total). */
export function organizationFigures(counts: CountRow[], density: DensityRow[], targets: Targets): OrganizationFigures {
  const byStatus = zeros(orgStatuses);
  const activeByClass = zeros(orgClasses);
  const activeByCategory: Record<string, number> = {};
  for (const row of counts) {
    byStatus[row.status] += row.organizations;
    if (row.status !== 'active' || !row.orgClass || !row.category) continue;
    activeByClass[row.orgClass] += row.organizations;
    activeByCategory[row.category] = (activeByCategory[row.category] ?? 0) + row.organizations;
  }
  const side = (urban: boolean) => density.filter((d) => d.urban === urban).reduce(
    (sum, d) => ({ communities: sum.communities + d.communities, organizations: sum.organizations + d.organizations, below: sum.below + d.belowTarget }),
    { communities: 0, organizations: 0, below: 0 },
  );
  const urban = side(true);
  const rural = side(false);
  const average = (s: typeof urban) => (s.communities ? s.organizations / s.communities : null);
  const urbanAverage = average(urban);
  const ruralAverage = average(rural);
  const oneDecimal = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  return {
    organizations: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    active: byStatus.active,
    activeByClass,
    activeByCategory,
    urbanCommunities: urban.communities,
    ruralCommunities: rural.communities,
    urbanOrganizations: urban.organizations,
    ruralOrganizations: rural.organizations,
    urbanDensity: oneDecimal(urbanAverage),
    ruralDensity: oneDecimal(ruralAverage),
    urbanMeetsTarget: urbanAverage === null ? null : urbanAverage >= targets.urban,
    ruralMeetsTarget: ruralAverage === null ? null : ruralAverage >= targets.rural,
    communitiesBelowTarget: urban.below + rural.below,
  };
}
