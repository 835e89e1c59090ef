import { index, jsonb, pgTable, primaryKey, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode } from '../db/columns';
import { registerScopedTable } from '../db/scope-guard';

/** Every transition of every case (filing, change, report…): the timeline. Append-only. */
export const caseTransitions = pgTable(
  'case_transitions',
  {
    districtCode: districtCode(),
    id: id(),
    caseType: varchar('case_type', { length: 40 }).notNull(),
    caseId: uuid('case_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    action: varchar('action', { length: 40 }).notNull(),
    fromState: varchar('from_state', { length: 40 }),
    toState: varchar('to_state', { length: 40 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: varchar('actor_name', { length: 64 }),
    actorRole: varchar('actor_role', { length: 16 }),
    opinion: text('opinion'),
    /** For a return for amendment (退回补正): the fields the applicant must fix. */
    fieldsToFix: jsonb('fields_to_fix').$type<string[]>(),
    attachmentIds: jsonb('attachment_ids').$type<string[]>(),
    at: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('case_transitions_case_idx').on(t.districtCode, t.caseType, t.caseId, t.at),
  ],
);
registerScopedTable('case_transitions');
