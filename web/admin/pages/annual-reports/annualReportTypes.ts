import type { AnnualReportState } from '../../../../server/modules/annual-reports/annual-report.workflow';
import type { AnnualReportContent } from '../../../../server/modules/annual-reports/annual-reports.tables';

// The report's states and content are the server's own types (type-only: nothing of the server is bundled).
export type { AnnualReportContent, AnnualReportState };

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
