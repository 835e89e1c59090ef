/** Shapes of the service-record and credit-record answers (GET /api/service-records, /totals, /api/credit-records). */
export type ServiceRecord = {
  id: string; kind: 'service' | 'reversal'; volunteerId: string; volunteerName: string | null; activityId: string; activityTitle: string | null;
  serviceType: string; serviceDate: string; minutes: number; hours: number; jurisdictionCode: string; placeName: string | null;
  stationId: string | null; stationName: string | null; teamId: string | null; teamName: string | null; organizationId: string | null; organizationName: string | null;
  reversesId: string | null; reversalId: string | null; reason: string | null; createdAt: string;
};

export type TotalsGroup = 'volunteer' | 'team' | 'station' | 'place' | 'month';
export const totalsGroups: TotalsGroup[] = ['volunteer', 'team', 'station', 'place', 'month'];
export type Measures = { minutes: number; hours: number; records: number; volunteers: number };
export type TotalsRow = Measures & { key: string | null; label: string | null };
export type Totals = { by: TotalsGroup; items: TotalsRow[]; summary: Measures; total: number; page: number; pageSize: number };

export type CreditKind = 'no_show' | 'late_cancel' | 'complaint' | 'commendation';
export type CreditStatus = 'standing' | 'contested' | 'upheld' | 'withdrawn';
export const creditKinds: CreditKind[] = ['no_show', 'late_cancel', 'complaint', 'commendation'];
export const creditStatuses: CreditStatus[] = ['standing', 'contested', 'upheld', 'withdrawn'];
export const creditKindColors: Record<CreditKind, string> = { no_show: 'red', late_cancel: 'orange', complaint: 'volcano', commendation: 'green' };
export const creditStatusColors: Record<CreditStatus, string> = { standing: 'blue', contested: 'gold', upheld: 'default', withdrawn: 'default' };

export type CreditRecord = {
  id: string; volunteerId: string; volunteerName: string | null; jurisdictionCode: string; placeName: string | null; kind: CreditKind;
  activityId: string | null; activityTitle: string | null; reason: string; status: CreditStatus; contestReason: string | null; contestedAt: string | null;
  decisionNote: string | null; decidedAt: string | null; createdAt: string;
};

export type IssuedCertificate = { id: string; number: string; volunteerName: string; totalHours: number; recordCount: number; pdfUrl: string };
