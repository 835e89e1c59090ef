import { and, count, desc, eq, ilike, isNotNull, ne, type SQL } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { containsPattern } from '../../platform/http/list';
import { inScope } from '../../platform/policy/policy';
import { leaderOwnOrganizations } from '../filings/organization-case';
import { organizations } from '../organizations/organizations.tables';
import { authorityName } from './authority';
import { supervisionNotices, type SupervisionNoticeKind, type SupervisionNoticeState } from './spot-checks.tables';
import { presentNotice } from './notice-presenter';
import { staffNames } from './staff-names';

export type NoticeFilters = {
  id?: string; kind?: SupervisionNoticeKind; state?: SupervisionNoticeState; organizationId?: string; awaitingReview?: boolean; q?: string;
};

/** Notices the actor may read: staff those of their subtree, a leader those of their own organizations. */
export async function readNotices(ctx: ActorCtx, filters: NoticeFilters, window: { limit: number; offset: number } = { limit: 100_000, offset: 0 }) {
  const where = and(...[
    inScope(ctx.actor, supervisionNotices),
    filters.id ? eq(supervisionNotices.id, filters.id) : undefined,
    filters.kind ? eq(supervisionNotices.kind, filters.kind) : undefined,
    filters.state ? eq(supervisionNotices.state, filters.state) : undefined,
    filters.organizationId ? eq(supervisionNotices.organizationId, filters.organizationId) : undefined,
    filters.awaitingReview ? and(isNotNull(supervisionNotices.reportedAt), ne(supervisionNotices.state, 'fixed')) : undefined,
    filters.q ? ilike(organizations.name, containsPattern(filters.q)) : undefined,
  ] satisfies (SQL | undefined)[]);
  const join = and(
    eq(organizations.districtCode, supervisionNotices.districtCode), eq(organizations.id, supervisionNotices.organizationId),
    inScope(ctx.actor, organizations), leaderOwnOrganizations(ctx),
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ notice: supervisionNotices, organization: organizations }).from(supervisionNotices).innerJoin(organizations, join).where(where)
      .orderBy(desc(supervisionNotices.issuedAt), desc(supervisionNotices.id)).limit(window.limit).offset(window.offset),
    ctx.db.select({ total: count() }).from(supervisionNotices).innerJoin(organizations, join).where(where),
  ]);
  const issuers = [...new Set(rows.map((r) => r.notice.issuerCode))];
  const [staff, authorities] = await Promise.all([
    staffNames(ctx.db, rows.map((r) => r.notice.issuedBy)),
    Promise.all(issuers.map(async (code) => [code, await authorityName(ctx.db, code)] as const)).then((pairs) => new Map(pairs)),
  ]);
  return {
    rows,
    items: rows.map(({ notice, organization }) => presentNotice(notice, {
      organizationName: organization.name, issuerName: authorities.get(notice.issuerCode) ?? '', issuedByName: staff.get(notice.issuedBy) ?? '',
    })),
    total,
  };
}
