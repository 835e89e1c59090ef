import type { volunteerCreditRecords } from './service-records.tables';

type CreditRecord = typeof volunteerCreditRecords.$inferSelect;

/** A credit record with its reason, the volunteer's contest and the decision on it. */
export function presentCreditRecord(r: CreditRecord, extra: { volunteerName: string | null; placeName: string | null }) {
  return {
    id: r.id, volunteerId: r.volunteerId, volunteerName: extra.volunteerName, jurisdictionCode: r.jurisdictionCode, placeName: extra.placeName,
    kind: r.kind, activityId: r.activityId, activityTitle: r.activityTitle, reason: r.reason, status: r.status,
    contestReason: r.contestReason, contestedAt: r.contestedAt?.toISOString() ?? null,
    decisionNote: r.decisionNote, decidedAt: r.decidedAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString(),
  };
}
export type PresentedCreditRecord = ReturnType<typeof presentCreditRecord>;
