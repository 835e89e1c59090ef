import { bigint, index, pgTable, primaryKey, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode } from '../db/columns';
import { registerScopedTable } from '../db/scope-guard';

/** Uploaded files; the bytes live in the storage backend under `storageKey`. */
export const attachments = pgTable(
  'attachments',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    uploadedBy: uuid('uploaded_by').notNull(),
    fileName: varchar('file_name', { length: 255 }).notNull(),
    /** Sniffed from the content, never taken from the name. */
    mimeType: varchar('mime_type', { length: 100 }).notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    storageKey: varchar('storage_key', { length: 200 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('attachments_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode),
  ],
);
registerScopedTable('attachments');
