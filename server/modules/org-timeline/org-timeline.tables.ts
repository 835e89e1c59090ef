import { foreignKey, index, jsonb, pgTable, primaryKey, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';

/**
 * An organization's supervision timeline (监管记录): every result of supervision — a report
 * acknowledged, an evaluation result, a spot-check finding, a notice, a list entry, a grade — as one
 * row, written in the transaction that produced it (`recordOrganizationEvent`). Cases keep their own
 * timeline in `case_transitions`; the organization page shows both.
 */
export const organizationEvents = pgTable(
  'organization_events',
  {
    districtCode: districtCode(),
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    /** `<area>.<what>`, e.g. `workReport.acknowledged`, `creditList.entered` (org-timeline/event-kinds.ts). */
    kind: varchar('kind', { length: 48 }).notNull(),
    /** The record it is about (a report, a round, a notice…), for the link on screen. */
    subjectId: uuid('subject_id'),
    /** Short facts for the line on screen (no personal data). */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    actorId: uuid('actor_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('organization_events_org_idx').on(t.districtCode, t.organizationId, t.occurredAt),
    foreignKey({ columns: [t.districtCode, t.organizationId], foreignColumns: [organizations.districtCode, organizations.id] }),
  ],
);
registerScopedTable('organization_events');
