import type { Organization } from '../organizations/find-organization';
import type { GradeEvaluation } from './find-grade-evaluation';

/** An evaluation's head, as lists and the detail show it. */
export function presentGradeEvaluation(e: GradeEvaluation, o: Organization, place: string | null) {
  return {
    id: e.id, organizationId: o.id, organizationName: o.name, orgClass: o.orgClass, category: o.category, jurisdictionCode: e.jurisdictionCode, place,
    origin: e.origin, state: e.state, totalScore: e.totalScore, proposedGrade: e.proposedGrade, noticeEndsOn: e.noticeEndsOn, grade: e.grade,
    confirmedAt: e.confirmedAt?.toISOString() ?? null, validUntil: e.validUntil, certificateNumber: e.certificateNumber, plaqueIssuedOn: e.plaqueIssuedOn,
    decisionNote: e.decisionNote, createdAt: e.createdAt.toISOString(),
  };
}
