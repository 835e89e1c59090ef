import { and, eq, max } from 'drizzle-orm';
import { shanghaiDate } from '../../platform/dates';
import type { Db } from '../../platform/db/database';
import { NotFoundError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { archiveDocuments, type ArchiveDocType } from './archives.tables';
import { readOrganizationPapers } from './organization-papers';

export type ArchiveEntry = {
  districtCode: string;
  organizationId: string;
  docType: ArchiveDocType;
  /** The title, or how to make it from the version the entry gets: `(v) => \`章程（第${v}版）\``. */
  title: string | ((version: number) => string);
  caseId?: string | null;
  snapshot?: Record<string, unknown> | null;
  attachmentId?: string | null;
  issuedBy?: string | null;
  issuedOn?: string | null;
  createdBy?: string | null;
};

/**
 * Appends one document to an organization's archive as the next version of its type, inside the
 * caller's transaction. The organization's row lock orders writers of one archive, so two never
 * take the same version. Platform work on an organization the caller already reached: system scope.
 */
export async function appendArchiveDocument(tx: Db, entry: ArchiveEntry) {
  const [organization] = await tx.select({ jurisdictionCode: organizations.jurisdictionCode }).from(organizations).where(and(
    eq(organizations.districtCode, entry.districtCode), eq(organizations.id, entry.organizationId), inScope(systemScope, organizations),
  )).for('update');
  if (!organization) throw new NotFoundError('notFound', { what: entry.organizationId });
  const [latest] = await tx.select({ version: max(archiveDocuments.version) }).from(archiveDocuments).where(and(
    eq(archiveDocuments.districtCode, entry.districtCode), eq(archiveDocuments.organizationId, entry.organizationId),
    eq(archiveDocuments.docType, entry.docType), inScope(systemScope, archiveDocuments),
  ));
  const version = (latest?.version ?? 0) + 1;
  const [row] = await tx.insert(archiveDocuments).values({
    districtCode: entry.districtCode, organizationId: entry.organizationId, jurisdictionCode: organization.jurisdictionCode,
    docType: entry.docType, version, title: typeof entry.title === 'function' ? entry.title(version) : entry.title,
    caseId: entry.caseId ?? null, snapshot: entry.snapshot ?? null, attachmentId: entry.attachmentId ?? null,
    issuedBy: entry.issuedBy ?? null, issuedOn: entry.issuedOn ?? null, createdBy: entry.createdBy ?? null,
  }).returning();
  return row;
}

/**
 * Keeps what was just filed (a filing, or a change filed again) in the archive, inside the
 * transaction that files the case: the charter, the filing form (备案表) and the roster, each as
 * the next version of its type. The snapshots copy personal numbers encrypted as stored. The
 * street, the committee and the organization all read these same entries (seed 001 第二条（三）).
 */
export async function archiveFiledVersion(
  tx: Db,
  input: { districtCode: string; organizationId: string; caseId: string; at: Date },
) {
  const [organization] = await tx.select().from(organizations).where(and(
    eq(organizations.districtCode, input.districtCode), eq(organizations.id, input.organizationId), inScope(systemScope, organizations),
  ));
  if (!organization) throw new NotFoundError('notFound', { what: input.organizationId });
  const filedOn = shanghaiDate(input.at);
  const papers = await readOrganizationPapers(tx, systemScope, { organization, caseId: input.caseId, filedOn });
  const common = { districtCode: input.districtCode, organizationId: input.organizationId, caseId: input.caseId, issuedBy: papers.streetOffice, issuedOn: filedOn };
  const charter = await appendArchiveDocument(tx, { ...common, docType: 'charter', title: (v) => `章程（第${v}版）`, snapshot: papers.charter });
  const filingForm = await appendArchiveDocument(tx, { ...common, docType: 'filing_form', title: (v) => `备案表（第${v}版）`, snapshot: papers.filingForm });
  const roster = await appendArchiveDocument(tx, { ...common, docType: 'roster', title: (v) => `成员花名册（第${v}版）`, snapshot: papers.roster });
  return { charter, filingForm, roster };
}
