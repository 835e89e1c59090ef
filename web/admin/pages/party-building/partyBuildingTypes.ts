/** The party-building answers of /api/party-building (server/modules/party-building). */
export const partyStatuses = ['own_branch', 'joint_branch', 'instructor', 'none'] as const;
export type PartyStatus = (typeof partyStatuses)[number];

export const partyStatusColors: Record<PartyStatus, string> = { own_branch: 'red', joint_branch: 'volcano', instructor: 'gold', none: 'default' };

export type PartyBuilding = {
  organizationId: string; organizationName: string; jurisdictionCode: string;
  status: PartyStatus; branchName: string | null;
  rosterPartyMembers: number; extraPartyMembers: number; partyMembers: number;
  leaderPartyMember: boolean; charterVersion: number | null; charterHasPartyBuilding: boolean;
  instructorName: string | null; instructorPhoneMasked: string | null; instructorAssignedOn: string | null;
  note: string | null; updatedAt: string | null;
};

export type CoverageFigures = {
  active: number; ownBranch: number; jointBranch: number; instructor: number; organizational: number; work: number;
  organizationalRate: number | null; workRate: number | null; leaderPartyMembers: number; partyMembers: number;
};

export type CoverageRow = CoverageFigures & { code: string; name: string; self: boolean };

export type Coverage = {
  node: { code: string; name: string; level: number };
  path: { code: string; name: string }[];
  includeGuided: boolean;
  totals: CoverageFigures;
  items: CoverageRow[];
};

export type UncoveredOrganization = {
  id: string; name: string; orgClass: string; jurisdictionCode: string; placeName: string | null; streetName: string | null;
  memberCount: number; leaderPartyMember: boolean; status: 'instructor' | 'none'; partyMembers: number;
  instructorName: string | null; instructorAssignedOn: string | null;
};

export const formatRate = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
