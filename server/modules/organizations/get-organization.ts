import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScopeSlots, scopedRead, type ScopeShape } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { certificates } from '../certificates/certificates.tables';
import { filings } from '../filings/filings.tables';
import { caseKindLabels, caseWorkflows } from '../filings/case-kinds';
import { charterParts } from './charter';
import { findOrganizationInReach } from './find-organization';
import { charters, rosterMembers } from './organizations.tables';
import { presentOrganization, presentRosterMember, presentedRosterColumns } from './organization-presenter';

/**
 * An organization as staff see it on its detail page: the filed items (personal numbers masked),
 * the charter in force, the roster, every case it went through and the certificates it holds.
 */
export async function getOrganization({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'organization.read');
  const organization = await findOrganizationInReach(ctx, id);
  const own = { districtCode: organization.districtCode, organizationId: organization.id };
  const [cases, charterRows, roster, certificateRows, names] = await Promise.all([
    organizationCases(ctx.db, ctx.actor, own),
    organizationCharter(ctx.db, ctx.actor, own),
    organizationRoster(ctx.db, ctx.actor, own),
    organizationCertificates(ctx.db, ctx.actor, own),
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

/** The rows of one organization (`districtCode`, `organizationId` placeholders) in the reader's scope. */
const ownRows = (table: typeof charters | typeof rosterMembers | typeof filings | typeof certificates, shape: ScopeShape) => and(
  eq(table.districtCode, sql.placeholder('districtCode')), eq(table.organizationId, sql.placeholder('organizationId')), inScopeSlots(shape, table),
);

// Only the columns the page shows: mapping every column of every row is most of a detail's cost.
const organizationCases = scopedRead('organization_cases', (db, shape) => db.select({
  id: filings.id, kind: filings.kind, state: filings.state, createdAt: filings.createdAt, submittedAt: filings.submittedAt,
  noticeStartsAt: filings.noticeStartsAt, noticeEndsAt: filings.noticeEndsAt, updatedAt: filings.updatedAt,
}).from(filings).where(ownRows(filings, shape)).orderBy(desc(filings.createdAt), asc(filings.id)));

const organizationCharter = scopedRead('organization_charter', (db, shape) => db.select({ version: charters.version, parts: charters.parts })
  .from(charters).where(ownRows(charters, shape)).orderBy(desc(charters.version)).limit(1));

const organizationRoster = scopedRead('organization_roster', (db, shape) => db.select(presentedRosterColumns)
  .from(rosterMembers).where(ownRows(rosterMembers, shape))
  .orderBy(desc(rosterMembers.isLeader), asc(rosterMembers.createdAt), asc(rosterMembers.name)));

const organizationCertificates = scopedRead('organization_certificates', (db, shape) => db.select({
  id: certificates.id, number: certificates.number, status: certificates.status, issuedAt: certificates.issuedAt,
  statusChangedAt: certificates.statusChangedAt, filingId: certificates.filingId,
}).from(certificates).where(ownRows(certificates, shape)).orderBy(desc(certificates.issuedAt)));
