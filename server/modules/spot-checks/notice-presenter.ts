import type { supervisionNotices } from './spot-checks.tables';

type Notice = typeof supervisionNotices.$inferSelect;

export function presentNotice(n: Notice, extra: { organizationName: string; issuerName: string; issuedByName: string }) {
  return {
    id: n.id, organizationId: n.organizationId, organizationName: extra.organizationName, jurisdictionCode: n.jurisdictionCode,
    kind: n.kind, number: n.number, spotCheckId: n.spotCheckId, problems: n.problems, requirements: n.requirements, deadline: n.deadline,
    heldAt: n.heldAt?.toISOString() ?? null, place: n.place, participants: n.participants, state: n.state,
    issuerCode: n.issuerCode, issuerName: extra.issuerName, issuedByName: extra.issuedByName, issuedAt: n.issuedAt.toISOString(),
    rectificationReport: n.rectificationReport, reportAttachmentId: n.reportAttachmentId, reportedAt: n.reportedAt?.toISOString() ?? null,
    reviewNote: n.reviewNote, fixedAt: n.fixedAt?.toISOString() ?? null,
    /** A report waits for the issuer's review. */
    awaitingReview: n.kind === 'rectification' && n.reportedAt !== null && n.state !== 'fixed',
  };
}
