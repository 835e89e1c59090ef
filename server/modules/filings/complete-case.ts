import { and, eq, isNull } from 'drizzle-orm';
import { latestCharterVersion } from '../organizations/latest-charter-version';
import type { Services } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { insertRows } from '../../platform/db/insert-rows';
import { inScope, systemScope } from '../../platform/policy/policy';
import { notify, notifyRoleAt } from '../notifications/notify';
import { users } from '../users/users.tables';
import { charters, organizations, rosterMembers } from '../organizations/organizations.tables';
import { certificates, type CertificateStatus } from '../certificates/certificates.tables';
import { issueCertificate } from '../certificates/issue-certificate';
import { filings, type CaseKind } from './filings.tables';
import { caseKindLabels } from './case-kinds';
import { shanghaiDate } from '../../platform/dates';
import { appendArchiveDocument, archiveFiledVersion } from '../archives/archive-filed-version';

type Filing = typeof filings.$inferSelect;
type Organization = typeof organizations.$inferSelect;

/**
 * What a case does to the organization when it ends in its final state, inside the transaction of
 * that last step (the notice period ending, or a change approved without notice). Platform work on
 * one organization already found in scope, so the system scope.
 */
export async function completeCase(tx: Db, services: Services, caseId: string, at: Date): Promise<void> {
  const [row] = await tx.select({ filing: filings, organization: organizations }).from(filings)
    .innerJoin(organizations, and(eq(organizations.districtCode, filings.districtCode), eq(organizations.id, filings.organizationId)))
    .where(and(eq(filings.id, caseId), inScope(systemScope, filings), inScope(systemScope, organizations)));
  const { filing, organization } = row;
  const completions: Record<CaseKind, () => Promise<string>> = {
    filing: () => fileOrganization(tx, services, filing, organization, at),
    change: () => fileChange(tx, services, filing, organization, at),
    termination: () => endOrganization(tx, filing, organization, 'terminated', at),
    revocation: () => endOrganization(tx, filing, organization, 'revoked', at),
  };
  const outcome = await completions[filing.kind]();
  const message = { title: `${organization.name} ${outcome}`, link: `/admin/filings/${filing.id}` };
  await notify(tx, { districtCode: filing.districtCode, id: filing.createdBy }, message);
  await notifyRoleAt(tx, 'committee', organization.jurisdictionCode, message);
}

const ownOrganization = (o: Organization) => and(eq(organizations.districtCode, o.districtCode), eq(organizations.id, o.id), inScope(systemScope, organizations));

async function fileOrganization(tx: Db, services: Services, filing: Filing, organization: Organization, at: Date): Promise<string> {
  // A community-guided group that filed becomes a filed organization, keeping its archive and history.
  await tx.update(organizations).set({ orgClass: 'filed', status: 'active', filedAt: at, updatedAt: at }).where(ownOrganization(organization));
  // The founder's account now speaks for the organization (their later changes and reports), unless it already speaks for another.
  await tx.update(users).set({ organizationId: organization.id }).where(and(
    eq(users.districtCode, filing.districtCode), eq(users.id, filing.createdBy), eq(users.role, 'org'), isNull(users.organizationId), inScope(systemScope, users),
  ));
  const certificate = await issueCertificate(tx, services, organization, filing.id, at);
  await archiveFiledVersion(tx, { districtCode: organization.districtCode, organizationId: organization.id, caseId: filing.id, at });
  return `已备案，证书编号 ${certificate.number}`;
}

/** The proposal becomes the filed state: organization items, a new charter version, the roster; a new certificate supersedes the old. */
async function fileChange(tx: Db, services: Services, filing: Filing, organization: Organization, at: Date): Promise<string> {
  const proposed = filing.proposed!;
  const [updated] = await tx.update(organizations)
    .set({ ...(proposed.organization as Partial<Organization>), memberCount: proposed.roster.length, updatedAt: at })
    .where(ownOrganization(organization)).returning();
  const own = <T extends typeof charters | typeof rosterMembers>(table: T) =>
    and(eq(table.districtCode, organization.districtCode), eq(table.organizationId, organization.id), inScope(systemScope, table));
  const version = ((await latestCharterVersion(tx, systemScope, organization)) ?? 0) + 1;
  await tx.insert(charters).values({ districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode, version, parts: proposed.charter });
  await tx.update(filings).set({ charterVersion: version }).where(and(eq(filings.districtCode, filing.districtCode), eq(filings.id, filing.id), inScope(systemScope, filings)));
  await tx.delete(rosterMembers).where(own(rosterMembers));
  if (proposed.roster.length) {
    await insertRows(tx, rosterMembers, proposed.roster.map((m) => ({
      ...m, districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode,
    })));
  }
  const certificate = await issueCertificate(tx, services, updated, filing.id, at);
  await archiveFiledVersion(tx, { districtCode: organization.districtCode, organizationId: organization.id, caseId: filing.id, at });
  return `${caseKindLabels.change.zh}已办结，新证书编号 ${certificate.number}`;
}

/** Termination and revocation end the organization and its certificate. */
async function endOrganization(tx: Db, filing: Filing, organization: Organization, status: 'terminated' | 'revoked', at: Date): Promise<string> {
  await tx.update(organizations).set({ status, endedAt: at, updatedAt: at }).where(ownOrganization(organization));
  const certificateStatus: CertificateStatus = status === 'terminated' ? 'terminated' : 'revoked';
  await tx.update(certificates).set({ status: certificateStatus, statusChangedAt: at }).where(and(
    eq(certificates.districtCode, organization.districtCode), eq(certificates.organizationId, organization.id),
    eq(certificates.status, 'valid'), inScope(systemScope, certificates),
  ));
  // The meeting record or the revocation's cause stays in the archive with the case that ended it.
  await appendArchiveDocument(tx, {
    districtCode: organization.districtCode, organizationId: organization.id, caseId: filing.id,
    docType: status === 'terminated' ? 'termination_record' : 'revocation_decision',
    title: status === 'terminated' ? '终止活动成员会议表决记录' : '撤销备案决定', snapshot: { ...filing.details },
    issuedOn: shanghaiDate(at),
  });
  return status === 'terminated' ? '已退出，备案证书注销' : '已撤销备案';
}
