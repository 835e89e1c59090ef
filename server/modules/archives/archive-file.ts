import path from 'node:path';
import { paperDate, shanghaiDate } from '../../platform/dates';
import { Readable } from 'node:stream';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inScope, inScopeSlots, scopedRead, systemScope } from '../../platform/policy/policy';
import { attachments } from '../../platform/files/files.tables';
import { archiveDocTypes, archiveDocuments, type ArchiveDocType } from './archives.tables';
import type { CharterSnapshot, FilingFormSnapshot, RosterSnapshot } from './organization-papers';
import { renderCharterPdf } from './charter-pdf';
import { renderFilingFormPdf } from './filing-form-pdf';
import { renderRosterPdf } from './roster-pdf';
import { renderPaperPdf, type PaperSnapshot } from './paper-pdf';
import type { PersonalNumbers } from './personal-numbers';

type ArchiveRow = typeof archiveDocuments.$inferSelect;
/** An archive entry without its snapshot: what lists and the zip's index need. */
export type ArchiveEntryHead = Omit<ArchiveRow, 'snapshot'> & { hasSnapshot: boolean };
export type Attachment = Pick<typeof attachments.$inferSelect, 'id' | 'fileName' | 'mimeType' | 'storageKey'>;

type Renderer = (snapshot: Record<string, unknown>, options: { note: string; numbers: PersonalNumbers }) => Promise<Buffer>;

/**
 * The snapshot types the platform renders as PDFs laid out like the paper. Modules that archive
 * their own papers (termination record, revocation decision, commendation) add their renderer here.
 * Supervision's results (M2) are all official papers of one layout (`PaperSnapshot`).
 */
const supervisionPaperTypes: ArchiveDocType[] = [
  'report', 'evaluation', 'major_activity', 'annual_report', 'spot_check', 'supervision_notice', 'credit_list', 'grade', 'dormant_decision',
];

const renderers: Partial<Record<ArchiveDocType, Renderer>> = {
  charter: (snapshot, { note }) => renderCharterPdf(snapshot as CharterSnapshot, note),
  filing_form: (snapshot, options) => renderFilingFormPdf(snapshot as FilingFormSnapshot, options),
  roster: (snapshot, options) => renderRosterPdf(snapshot as RosterSnapshot, options),
  ...Object.fromEntries(supervisionPaperTypes.map((type) => [type, (snapshot: Record<string, unknown>) => renderPaperPdf(snapshot as PaperSnapshot)])),
};

export const entryHeadColumns = {
  districtCode: archiveDocuments.districtCode, id: archiveDocuments.id, organizationId: archiveDocuments.organizationId,
  jurisdictionCode: archiveDocuments.jurisdictionCode, docType: archiveDocuments.docType, version: archiveDocuments.version,
  title: archiveDocuments.title, caseId: archiveDocuments.caseId, attachmentId: archiveDocuments.attachmentId,
  issuedBy: archiveDocuments.issuedBy, issuedOn: archiveDocuments.issuedOn, createdBy: archiveDocuments.createdBy,
  createdAt: archiveDocuments.createdAt, hasSnapshot: sql<boolean>`${archiveDocuments.snapshot} is not null`,
};

const entryHeadsInScope = scopedRead('archive_entry_heads', (db, shape) => db.select(entryHeadColumns).from(archiveDocuments).where(and(
  eq(archiveDocuments.districtCode, sql.placeholder('districtCode')), eq(archiveDocuments.organizationId, sql.placeholder('organizationId')),
  inScopeSlots(shape, archiveDocuments),
)));

/** An organization's archive entries in the reader's scope: by type in catalogue order, newest version first. */
export async function readEntryHeads(ctx: ActorCtx, organization: { districtCode: string; id: string }): Promise<ArchiveEntryHead[]> {
  const rows = await entryHeadsInScope(ctx.db, ctx.actor, { districtCode: organization.districtCode, organizationId: organization.id });
  const order = (type: string) => archiveDocTypes.indexOf(type as ArchiveDocType);
  return rows.sort((a, b) => order(a.docType) - order(b.docType) || b.version - a.version);
}

export function hasPdf(entry: Pick<ArchiveEntryHead, 'docType' | 'hasSnapshot'>): boolean {
  return entry.hasSnapshot && renderers[entry.docType] !== undefined;
}

/** The document's own date: the filing day for filed versions, the date on the paper for uploads. */
export function entryDate(entry: Pick<ArchiveEntryHead, 'issuedOn' | 'createdAt'>): string {
  return entry.issuedOn ?? shanghaiDate(entry.createdAt);
}

/** A file name for the entry (no folder): its title, made safe, with the file's extension. */
export function entryFileName(entry: Pick<ArchiveEntryHead, 'title' | 'docType' | 'hasSnapshot'>, attachment?: Attachment): string {
  const base = entry.title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim() || entry.docType;
  if (hasPdf(entry)) return `${base}.pdf`;
  return `${base}${attachment ? path.extname(attachment.fileName).toLowerCase() : ''}`;
}

/**
 * The attachments of archive entries. Read in the system scope: an upload by the street or the
 * bureau sits at their node, outside a committee's subtree, yet belongs to an archive entry the
 * reader has already reached in its own scope, which is what grants the reading.
 */
export async function entryAttachments(db: Db, ids: (string | null)[]): Promise<Map<string, Attachment>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const rows = await db.select({ id: attachments.id, fileName: attachments.fileName, mimeType: attachments.mimeType, storageKey: attachments.storageKey })
    .from(attachments).where(and(inArray(attachments.id, wanted), inScope(systemScope, attachments)));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The bytes of one entry: its PDF rendered from the snapshot for this reader (personal numbers
 * full or masked), or its attachment streamed from storage. Null when it has neither.
 */
export async function openEntryContent(
  ctx: ActorCtx,
  entry: ArchiveEntryHead,
  attachment: Attachment | undefined,
  numbers: PersonalNumbers,
): Promise<{ mimeType: string; content: Readable } | null> {
  if (hasPdf(entry)) {
    const [row] = await ctx.db.select({ snapshot: archiveDocuments.snapshot }).from(archiveDocuments).where(and(
      eq(archiveDocuments.districtCode, entry.districtCode), eq(archiveDocuments.id, entry.id), inScope(ctx.actor, archiveDocuments),
    ));
    const snapshot = row.snapshot!;
    const filedOn = typeof snapshot.filedOn === 'string' ? ` · ${paperDate(snapshot.filedOn)}备案` : '';
    const pdf = await renderers[entry.docType]!(snapshot, { note: `第${entry.version}版${filedOn}`, numbers });
    return { mimeType: 'application/pdf', content: Readable.from([pdf]) };
  }
  if (attachment) return { mimeType: attachment.mimeType, content: await ctx.services.storage.get(attachment.storageKey) };
  return null;
}
