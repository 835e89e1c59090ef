export type AnnualReportState = 'draft' | 'submitted' | 'returned' | 'accepted';

export type AnnualReportContent = {
  activities: { count: number; participants: number; highlights: string };
  finances: { incomeFen: number; expenseFen: number; netAssetsFen: number; sources: string };
  members: { count: number; joined: number; left: number; leaderChanged: boolean; leaderChange?: string };
  partyBuilding: { partyMembers: number; organization: string; activities: string };
  disclosures: string;
};

export type AnnualReport = {
  id: string; organizationId: string; organizationName: string; orgClass: string; placeName: string | null; year: number;
  state: AnnualReportState; stateLabel: { zh: string; en: string }; reviewerLevel: 'street' | 'bureau'; content: AnnualReportContent;
  dueOn: string; late: boolean; submittedAt: string | null; reviewedAt: string | null; reviewNote: string | null; updatedAt: string;
  actions: { action: 'submit' | 'accept' | 'return'; opinion?: 'required' | 'optional' }[];
};

export type MissingAnnualReport = {
  organizationId: string; organizationName: string; orgClass: string; placeName: string | null; streetName: string | null; year: number; dueOn: string; overdue: boolean;
};

export const stateColors: Record<AnnualReportState, string> = { draft: 'default', submitted: 'processing', returned: 'warning', accepted: 'success' };

export const annualReportKey = 'annual-report';
