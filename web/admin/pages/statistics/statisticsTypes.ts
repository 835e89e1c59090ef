/** The answer of GET /api/statistics/organizations (server/modules/statistics). */
export const orgStatuses = ['draft', 'active', 'terminated', 'revoked', 'rejected'] as const;
export const orgClasses = ['registered', 'filed', 'guided'] as const;

export type OrganizationFigures = {
  organizations: number;
  byStatus: Record<(typeof orgStatuses)[number], number>;
  active: number;
  activeByClass: Record<(typeof orgClasses)[number], number>;
  activeByCategory: Record<string, number>;
  urbanCommunities: number; ruralCommunities: number;
  urbanOrganizations: number; ruralOrganizations: number;
  urbanDensity: number | null; ruralDensity: number | null;
  urbanMeetsTarget: boolean | null; ruralMeetsTarget: boolean | null;
  communitiesBelowTarget: number;
};

export type OrganizationStatisticsRow = OrganizationFigures & { code: string; name: string; self: boolean };

export type OrganizationStatistics = {
  node: { code: string; name: string; level: number };
  path: { code: string; name: string }[];
  targets: { urban: number; rural: number };
  categories: { code: string; label: string }[];
  total: OrganizationFigures;
  items: OrganizationStatisticsRow[];
};
