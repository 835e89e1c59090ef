import { and, asc, count, desc, eq, gte, ilike, ne, type SQL } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import { shanghaiDate } from '../../platform/dates';
import { containsPattern } from '../../platform/http/list';
import { inScope, systemScope } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { ancestorCodes } from '../jurisdictions/jurisdiction-queries';
import { gradeEvaluations, type Grade } from './grading.tables';

/**
 * What the public sees of grades, wherever they are (the portal has no actor: the whole tree is its
 * scope): organizations holding a grade in force, and proposed grades on notice with their window.
 */
const organizationJoin = and(
  eq(organizations.districtCode, gradeEvaluations.districtCode), eq(organizations.id, gradeEvaluations.organizationId), inScope(systemScope, organizations),
);

/** A grade under notice whose objection window is open today (the end date included). */
export const onGradeNotice = (today: string) =>
  and(eq(gradeEvaluations.state, 'notice'), gte(gradeEvaluations.noticeEndsOn, today), inScope(systemScope, gradeEvaluations));

async function placeNames(services: Services, codes: string[]) {
  const names = await jurisdictionNames(services.database.db, codes.flatMap((c) => [...ancestorCodes(c), c]));
  return (code: string) => [...ancestorCodes(code).slice(2), code].map((c) => names.get(c) ?? c).join(' ');
}

export async function listGradedOrganizations(services: Services, input: { page: number; pageSize: number; q?: string; grade?: Grade }) {
  const { db } = services.database;
  const filters: (SQL | undefined)[] = [
    eq(gradeEvaluations.state, 'confirmed'), ne(gradeEvaluations.grade, 'none'), gte(gradeEvaluations.validUntil, shanghaiDate(new Date())),
    eq(organizations.status, 'active'), inScope(systemScope, gradeEvaluations),
  ];
  if (input.grade) filters.push(eq(gradeEvaluations.grade, input.grade));
  if (input.q) filters.push(ilike(organizations.name, containsPattern(input.q)));
  const where = and(...filters);
  const [rows, [{ total }]] = await Promise.all([
    db.select({ evaluation: gradeEvaluations, organization: organizations }).from(gradeEvaluations).innerJoin(organizations, organizationJoin)
      .where(where).orderBy(asc(gradeEvaluations.grade), desc(gradeEvaluations.confirmedAt), asc(gradeEvaluations.id))
      .limit(input.pageSize).offset((input.page - 1) * input.pageSize),
    db.select({ total: count() }).from(gradeEvaluations).innerJoin(organizations, organizationJoin).where(where),
  ]);
  const place = await placeNames(services, rows.map((r) => r.organization.jurisdictionCode));
  return {
    items: rows.map(({ evaluation: e, organization: o }) => ({
      id: e.id, organizationId: o.id, organizationName: o.name, category: o.category, place: place(o.jurisdictionCode),
      grade: e.grade, certificateNumber: e.certificateNumber, confirmedOn: e.confirmedAt ? shanghaiDate(e.confirmedAt) : null, validUntil: e.validUntil,
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}

export async function listGradeNotices(services: Services, input: { page: number; pageSize: number }) {
  const { db } = services.database;
  const where = onGradeNotice(shanghaiDate(new Date()));
  const [rows, [{ total }]] = await Promise.all([
    db.select({ evaluation: gradeEvaluations, organization: organizations }).from(gradeEvaluations).innerJoin(organizations, organizationJoin)
      .where(where).orderBy(asc(gradeEvaluations.noticeEndsOn), asc(gradeEvaluations.id)).limit(input.pageSize).offset((input.page - 1) * input.pageSize),
    db.select({ total: count() }).from(gradeEvaluations).innerJoin(organizations, organizationJoin).where(where),
  ]);
  const place = await placeNames(services, rows.map((r) => r.organization.jurisdictionCode));
  return {
    items: rows.map(({ evaluation: e, organization: o }) => ({
      id: e.id, organizationName: o.name, category: o.category, place: place(o.jurisdictionCode),
      proposedGrade: e.proposedGrade, totalScore: e.totalScore, noticeEndsOn: e.noticeEndsOn,
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
