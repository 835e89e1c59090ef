/** What the portal reads of service records, certificates and credit records (see /api/openapi.json). */
export type MyServiceRecord = {
  id: string; kind: 'service' | 'reversal'; activityTitle: string | null; serviceDate: string; minutes: number; hours: number; placeName: string | null;
  stationName: string | null; teamName: string | null; reversalId: string | null; reason: string | null;
};

export type ServiceTotals = { minutes: number; hours: number; records: number; firstServiceDate: string | null; lastServiceDate: string | null };

export type MyServiceRecords = { items: MyServiceRecord[]; total: number; page: number; pageSize: number; totals: ServiceTotals };

export type IssuedCertificate = { id: string; number: string; totalHours: number; recordCount: number; pdfUrl: string };

export type MyCreditRecord = {
  id: string; kind: 'no_show' | 'late_cancel' | 'complaint' | 'commendation'; activityTitle: string | null; reason: string;
  status: 'standing' | 'contested' | 'upheld' | 'withdrawn'; contestReason: string | null; decisionNote: string | null; createdAt: string;
};

export type MyCreditRecords = { items: MyCreditRecord[]; restriction: { restrictedUntil: string | null; noShows: number; noShowLimit: number } };

export type ServiceVerification =
  | { found: false; signatureValid: boolean | null }
  | {
    found: true; signatureValid: boolean | null; number: string; volunteerName: string; totalHours: number; recordCount: number;
    firstServiceDate: string | null; lastServiceDate: string | null; issuedOn: string; correctedSince: boolean;
  };

export const myServiceRecordsKey = ['portal', 'me', 'service-records'];
export const myCreditRecordsKey = ['portal', 'me', 'credit-records'];
