import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, type Scope } from '../../platform/policy/policy';
import { supervisionNotices } from './spot-checks.tables';

/**
 * Rectification notices past their deadline and not fixed, for the credit lists: an organization
 * with one may be put on the abnormal list with cause 'unfixed_rectification' and causeRef = the
 * notice's id. Limited to a scope (an actor, or `systemScope` for jobs) and optionally to one
 * organization.
 */
export async function unfixedRectifications(db: Db, scope: Scope, filter: { districtCode?: string; organizationId?: string } = {}) {
  return db.select({
    id: supervisionNotices.id, districtCode: supervisionNotices.districtCode, organizationId: supervisionNotices.organizationId,
    jurisdictionCode: supervisionNotices.jurisdictionCode, number: supervisionNotices.number, deadline: supervisionNotices.deadline,
    issuedAt: supervisionNotices.issuedAt,
  }).from(supervisionNotices).where(and(
    eq(supervisionNotices.kind, 'rectification'), eq(supervisionNotices.state, 'overdue'), inScope(scope, supervisionNotices),
    filter.districtCode ? eq(supervisionNotices.districtCode, filter.districtCode) : undefined,
    filter.organizationId ? eq(supervisionNotices.organizationId, filter.organizationId) : undefined,
  )).orderBy(asc(supervisionNotices.deadline), asc(supervisionNotices.id));
}
