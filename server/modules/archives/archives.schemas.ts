import { z } from 'zod';
import { uploadableDocTypes } from './archives.tables';

const text = (max: number) => z.string().trim().max(max);

export const organizationArchiveParamsSchema = z.object({ id: z.uuid() });
export const archiveDocumentParamsSchema = z.object({ id: z.uuid(), docId: z.uuid() });

/** A paper staff (or the organization, for its disclosures) adds to the archive: first uploaded via POST /api/attachments. */
export const uploadArchiveDocumentBodySchema = z.object({
  docType: z.enum(uploadableDocTypes),
  title: text(200).min(2),
  issuedBy: text(100).min(2),
  issuedOn: z.iso.date(),
  attachmentId: z.uuid(),
});

const label = z.object({ zh: z.string(), en: z.string() });

export const archiveEntrySchema = z.object({
  id: z.uuid(),
  docType: z.string(),
  version: z.number().int(),
  title: z.string(),
  /** The document's date: the filing date for filed versions, the date on the paper for uploads. */
  date: z.string().nullable(),
  issuedBy: z.string().nullable(),
  caseId: z.uuid().nullable(),
  hasPdf: z.boolean(),
  hasAttachment: z.boolean(),
  fileName: z.string(),
  createdAt: z.string(),
});

export const archiveResponseSchema = z.object({
  organization: z.object({ id: z.uuid(), name: z.string() }),
  groups: z.array(z.object({ docType: z.string(), label, entries: z.array(archiveEntrySchema) })),
  total: z.number().int(),
  /** What this user may add here (empty: no upload form). */
  uploadTypes: z.array(z.object({ docType: z.string(), label })),
});
