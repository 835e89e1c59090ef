import type { organizations } from '../organizations/organizations.tables';
import type { registrationCandidates, registrationVisits } from './registration-ledger.tables';

type Candidate = typeof registrationCandidates.$inferSelect;
type Organization = typeof organizations.$inferSelect;
type Visit = typeof registrationVisits.$inferSelect;

/** A ledger entry with what the bureau needs of its organization (no personal numbers). */
export function presentCandidate(
  c: Candidate,
  o: Organization,
  extra: { placeName: string | null; streetName: string | null; visitCount: number; lastVisitOn: string | null },
) {
  return {
    id: c.id, organizationId: o.id, organizationName: o.name, orgClass: o.orgClass, organizationStatus: o.status, category: o.category,
    jurisdictionCode: c.jurisdictionCode, placeName: extra.placeName, streetName: extra.streetName, memberCount: o.memberCount,
    certificateNumber: o.certificateNumber, isCandidate: c.isCandidate, isDemonstration: c.isDemonstration, reason: c.reason,
    status: c.status, outcomeNote: c.outcomeNote, decidedAt: c.decidedAt?.toISOString() ?? null, listedAt: c.createdAt.toISOString(),
    visitCount: extra.visitCount, lastVisitOn: extra.lastVisitOn,
    creditCode: o.creditCode, registeredType: o.registeredType, registrationAuthority: o.registrationAuthority, registeredOn: o.registeredOn,
  };
}

export function presentVisit(v: Visit) {
  return { id: v.id, visitedOn: v.visitedOn, visitors: v.visitors, content: v.content, createdAt: v.createdAt.toISOString() };
}
