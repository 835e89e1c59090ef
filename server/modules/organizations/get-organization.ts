import { and, asc, desc, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { NotFoundError } from '../../platform/errors';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { certificates } from '../certificates/certificates.tables';
import { filings } from '../filings/filings.tables';
import { actsForOrganization } from '../filings/organization-case';
import { caseKindLabels, caseWorkflows } from '../filings/case-kinds';
import { charterParts } from './charter';
import { charters, organizations, rosterMembers } from './organizations.tables';
import { presentOrganization, presentRosterMember, presentedRosterColumns } from './organization-presenter';

/**
 * An organization as staff see it on its detail page: the filed items (personal numbers masked),
 * the charter in force, the roster, every case it went through and the certificates it holds.
 */
export async function getOrganization({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'organization.read');
  const [organization] = await ctx.db.select().from(organizations).where(and(eq(organizations.id, id), inScope(ctx.actor, organizations)));
  if (!organization || !actsForOrganization(ctx, organization)) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Organization' : '组织' });
  const own = <T extends typeof charters | typeof rosterMembers | typeof filings | typeof certificates>(table: T) =>
    and(eq(table.districtCode, organization.districtCode), eq(table.organizationId, organization.id), inScope(ctx.actor, table));

  // Only the columns the page shows: mapping every column of every row is most of a detail's cost.
  const [cases, charterRows, roster, certificateRows, names] = await Promise.all([
    ctx.db.select({
      id: filings.id, kind: filings.kind, state: filings.state, createdAt: filings.createdAt, submittedAt: filings.submittedAt,
      noticeStartsAt: filings.noticeStartsAt, noticeEndsAt: filings.noticeEndsAt, updatedAt: filings.updatedAt,
    }).from(filings).where(own(filings)).orderBy(desc(filings.createdAt), asc(filings.id)),
    ctx.db.select({ version: charters.version, parts: charters.parts }).from(charters).where(own(charters)).orderBy(desc(charters.version)).limit(1),
    ctx.db.select(presentedRosterColumns).from(rosterMembers).where(own(rosterMembers))
      .orderBy(desc(rosterMembers.isLeader), asc(rosterMembers.createdAt), asc(rosterMembers.name)),
    ctx.db.select({
      id: certificates.id, number: certificates.number, status: certificates.status, issuedAt: certificates.issuedAt,
      statusChangedAt: certificates.statusChangedAt, filingId: certificates.filingId,
    }).from(certificates).where(own(certificates)).orderBy(desc(certificates.issuedAt)),
    jurisdictionNames(ctx.db, [organization.jurisdictionCode, organization.streetCode]),
  ]);
  // Proposed changes wait on their case until filed, so the newest charter version is the one in force.
  const [charter] = charterRows;
  const keys = ctx.services.fieldKeys;

  return {
    organization: {
      ...presentOrganization(keys, organization),
      placeName: names.get(organization.jurisdictionCode) ?? null, streetName: names.get(organization.streetCode) ?? null,
      isHub: organization.isHub, creditCode: organization.creditCode,
      filedAt: organization.filedAt?.toISOString() ?? null, createdAt: organization.createdAt.toISOString(),
    },
    charter: { version: charter?.version ?? null, parts: charter?.parts ?? {}, partList: charterParts },
    roster: roster.map((m) => presentRosterMember(keys, m)),
    cases: cases.map((c) => ({
      id: c.id, kind: c.kind, kindLabel: caseKindLabels[c.kind], state: c.state, stateLabel: caseWorkflows[c.kind].stateLabels[c.state],
      createdAt: c.createdAt.toISOString(), submittedAt: c.submittedAt?.toISOString() ?? null,
      noticeStartsAt: c.noticeStartsAt?.toISOString() ?? null, noticeEndsAt: c.noticeEndsAt?.toISOString() ?? null,
      updatedAt: c.updatedAt.toISOString(),
    })),
    certificates: certificateRows.map((c) => ({
      id: c.id, number: c.number, status: c.status, issuedAt: c.issuedAt.toISOString(),
      statusChangedAt: c.statusChangedAt?.toISOString() ?? null, filingId: c.filingId,
    })),
  };
}
