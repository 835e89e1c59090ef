export type Conclusion = 'compliant' | 'rectify' | 'non_compliant';
export type NoticeKind = 'rectification' | 'reminder_letter' | 'talk';
export type NoticeState = 'issued' | 'open' | 'fixed' | 'overdue';

export const conclusions: Conclusion[] = ['compliant', 'rectify', 'non_compliant'];
export const noticeKinds: NoticeKind[] = ['rectification', 'reminder_letter', 'talk'];
export const noticeStates: NoticeState[] = ['issued', 'open', 'fixed', 'overdue'];
export const conclusionColors: Record<Conclusion, string> = { compliant: 'green', rectify: 'orange', non_compliant: 'red' };
export const noticeStateColors: Record<NoticeState, string> = { issued: 'blue', open: 'orange', fixed: 'green', overdue: 'red' };

export type Check = {
  id: string; drawId: string; organizationId: string; organizationName: string; placeName: string | null; streetName: string | null;
  inspectors: { id: string; name: string }[]; state: 'planned' | 'completed'; checkedOn: string | null; findings: string | null; conclusion: Conclusion | null;
};

export type Draw = {
  id: string; year: number; title: string; seed: string; sharePercent: number; populationCount: number; populationHash: string;
  inspectorsPerCheck: number; poolSize: number; drawnCount: number; completedCount: number; createdAt: string;
};

export type DrawDetail = Draw & { checks: Check[]; verification: { reproduces: boolean; populationMatches: boolean; checksMatch: boolean } };

export type Notice = {
  id: string; organizationId: string; organizationName: string; kind: NoticeKind; number: string; spotCheckId: string | null;
  problems: string; requirements: string; deadline: string | null; heldAt: string | null; place: string | null; participants: string | null;
  state: NoticeState; issuerName: string; issuedByName: string; issuedAt: string; rectificationReport: string | null;
  reportAttachmentId: string | null; reportedAt: string | null; reviewNote: string | null; fixedAt: string | null; awaitingReview: boolean;
};

export const drawsKey = '/api/spot-check-draws';
export const noticesKey = '/api/supervision-notices';
