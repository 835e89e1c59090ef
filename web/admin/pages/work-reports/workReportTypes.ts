import { useQuery } from '@tanstack/react-query';
import { api } from '../../../common/api';

/** Shapes of the work-report answers (GET /api/work-reports, /:id, /missing, /periods). */
export type WorkReportState = 'submitted' | 'returned' | 'acknowledged';

export type WorkReportListItem = {
  id: string; organizationId: string; organizationName: string | null; jurisdictionCode: string; placeName: string | null;
  period: string; periodLabel: string; state: WorkReportState; activitiesHeld: number; participants: number;
  fundsInFen: number; fundsOutFen: number; submittedAt: string; reviewedAt: string | null;
};

export type WorkReportDetail = WorkReportListItem & {
  summary: string; plans: string; reviewNote: string | null; actions: ('amend' | 'acknowledge' | 'return')[];
};

export type MissingReport = { organizationId: string; organizationName: string; jurisdictionCode: string; placeName: string | null };

export type ReportPeriods = { kind: 'quarter' | 'half_year' | 'year'; lastEnded: string; periods: { period: string; label: string; dueOn: string }[] };

export type WorkReportPrefill = {
  organizationId: string; organizationName: string; period: string; periodLabel: string;
  existing: { id: string; state: WorkReportState } | null;
  activitiesHeld: number; participants: number; activities: { title: string; startsAt: string; participants: number }[];
};

export const workReportStates: WorkReportState[] = ['submitted', 'returned', 'acknowledged'];
export const workReportStateColors: Record<WorkReportState, string> = { submitted: 'orange', returned: 'red', acknowledged: 'green' };
export const workReportsKey = '/api/work-reports';

/** Integer fen shown as yuan: 287550 → 2,875.50. */
export function formatYuan(fen: number): string {
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The periods a report may be for, as the server's setting counts them. */
export function useReportPeriods() {
  return useQuery({ queryKey: ['/api/work-reports/periods'], queryFn: () => api.get<ReportPeriods>('/api/work-reports/periods') });
}
