import { archiveDocTypeLabels } from './archive-doc-types';
import { entryDate, entryFileName, hasPdf, type ArchiveEntryHead, type Attachment } from './archive-file';
import type { ArchiveDocType } from './archives.tables';

/** One archive entry as every reader sees it (the personal numbers stay inside the files). */
export function presentArchiveEntry(entry: ArchiveEntryHead, attachment: Attachment | undefined) {
  return {
    id: entry.id, docType: entry.docType, version: entry.version, title: entry.title, date: entryDate(entry),
    issuedBy: entry.issuedBy, caseId: entry.caseId, hasPdf: hasPdf(entry), hasAttachment: attachment !== undefined,
    fileName: entryFileName(entry, attachment), createdAt: entry.createdAt.toISOString(),
  };
}

export function presentDocType(docType: ArchiveDocType) {
  return { docType, label: archiveDocTypeLabels[docType] };
}
