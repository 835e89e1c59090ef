import { foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

export const certificateStatuses = ['valid', 'superseded', 'revoked', 'terminated'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];

/** 备案证书: numbered per district and year without gaps; the QR code carries a signed payload. */
export const certificates = pgTable(
  'certificates',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    filingId: uuid('filing_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    number: varchar('number', { length: 60 }).notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    status: varchar('status', { length: 16 }).$type<CertificateStatus>().notNull().default('valid'),
    /** base64url(JSON payload) + '.' + base64url(Ed25519 signature): what the QR code carries. */
    token: text('token').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('certificates_number_idx').on(t.districtCode, t.number),
    uniqueIndex('certificates_seq_idx').on(t.districtCode, t.year, t.seq),
    index('certificates_organization_idx').on(t.districtCode, t.organizationId),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('certificates');

/** The last number given per district and year; its row lock makes concurrent issues queue, so no gap and no duplicate. */
export const certificateCounters = pgTable(
  'certificate_counters',
  {
    districtCode: districtCode(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtCode, t.year] })],
);
