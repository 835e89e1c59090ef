import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/**
 * Document types of an organization's archive (档案, seed 001 第二条): the filed versions the platform
 * writes itself (filed versions, and the results of supervision, M2), and the papers staff upload.
 */
export const archiveDocTypes = [
  'charter', 'filing_form', 'roster', 'certificate', 'termination_record', 'revocation_decision', 'commendation',
  'report', 'evaluation', 'major_activity', 'annual_report', 'spot_check', 'supervision_notice', 'credit_list', 'grade',
  'dormant_decision', 'disclosure', 'handling_result', 'other',
] as const;
export type ArchiveDocType = (typeof archiveDocTypes)[number];

/** Types staff may upload by hand; the others are written by the platform from the data. */
export const uploadableDocTypes = ['disclosure', 'handling_result', 'report', 'evaluation', 'other'] as const satisfies readonly ArchiveDocType[];

/**
 * One archive entry. Filed versions carry a `snapshot` of what was filed (rendered to PDF on demand,
 * so every version stays readable); uploads carry an attachment. The street, the committee and the
 * organization read the same rows: there is one archive, seen from three places.
 */
export const archiveDocuments = pgTable(
  'archive_documents',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    docType: varchar('doc_type', { length: 32 }).$type<ArchiveDocType>().notNull(),
    /** 1, 2, 3… per organization and type. */
    version: integer('version').notNull(),
    title: varchar('title', { length: 200 }).notNull(),
    /** The case (filing, change, termination, revocation) that produced it, if any. */
    caseId: uuid('case_id'),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>(),
    attachmentId: uuid('attachment_id'),
    /** For uploads: the issuing body (出具单位) and the document's date. */
    issuedBy: varchar('issued_by', { length: 100 }),
    issuedOn: date('issued_on'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('archive_documents_version_idx').on(t.districtCode, t.organizationId, t.docType, t.version),
    index('archive_documents_case_idx').on(t.districtCode, t.caseId),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('archive_documents');
