import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { paperDate } from '../../platform/dates';
import { inScope, systemScope } from '../../platform/policy/policy';
import { appendArchiveDocument } from '../archives/archive-filed-version';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { notifyOrganizationLeaders } from '../organizations/leader-reach';
import type { Organization } from '../organizations/find-organization';
import { creditListEntries, type CreditListCause, type CreditListExit, type CreditListKind } from './credit-lists.tables';
import { creditCauseLabels, creditExitLabels, creditListBasis, creditListNames } from './credit-list-basis';

export type CreditEntry = typeof creditListEntries.$inferSelect;

export type NewCreditEntry = {
  list: CreditListKind;
  cause: CreditListCause;
  causeRef?: string | null;
  reason: string;
  causeOn: string;
  dueOn: string;
  enteredOn: string;
  authority: { code: string; name: string };
  enteredBy: string | null;
};

/**
 * Puts an organization on a list, inside the caller's transaction: the entry, a decision paper in
 * the archive, a line on its timeline, and word to its leaders. The caller has checked the cause.
 */
export async function insertCreditEntry(tx: Db, organization: Organization, entry: NewCreditEntry): Promise<CreditEntry> {
  const [row] = await tx.insert(creditListEntries).values({
    districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode,
    list: entry.list, cause: entry.cause, causeRef: entry.causeRef ?? null, reason: entry.reason, basis: creditListBasis[entry.cause],
    causeOn: entry.causeOn, dueOn: entry.dueOn, enteredOn: entry.enteredOn, authorityCode: entry.authority.code, authorityName: entry.authority.name,
    enteredBy: entry.enteredBy,
  }).returning();
  const listName = creditListNames[entry.list];
  await appendArchiveDocument(tx, {
    districtCode: organization.districtCode, organizationId: organization.id, docType: 'credit_list', title: `列入${listName}决定`,
    snapshot: {
      title: `列入${listName}决定书`, addressee: `${organization.name}：`,
      paragraphs: [`经查，你组织存在“${creditCauseLabels[entry.cause]}”的情形，决定自${paperDate(entry.enteredOn)}起列入${listName}。`,
        '如对本决定有异议，可通过平台提出异议并提交相关材料；列入情形消除后，可申请信用修复。'],
      fields: [['列入事由', entry.reason], ['依据', creditListBasis[entry.cause]], ['事由发生日期', paperDate(entry.causeOn)], ['应列入日期', paperDate(entry.dueOn)]],
      issuer: entry.authority.name, issuedOn: entry.enteredOn,
    },
    issuedBy: entry.authority.name, issuedOn: entry.enteredOn, createdBy: entry.enteredBy,
  });
  await recordOrganizationEvent(tx, {
    organization, kind: 'creditLists.entered', subjectId: row.id, actorId: entry.enteredBy,
    details: { list: entry.list, cause: entry.cause, enteredOn: entry.enteredOn },
  });
  await notifyOrganizationLeaders(tx, organization, { title: `${organization.name}被列入${listName}`, body: entry.reason, link: `/admin/credit-lists/${row.id}` });
  return row;
}

/**
 * Takes an entry off its list (never deletes it): the removal is recorded on the entry, in the
 * archive and on the timeline. Answers false when the entry had already left, so two removals cannot both count.
 */
export async function removeCreditEntry(
  tx: Db, organization: Organization, entry: CreditEntry,
  removal: { exit: CreditListExit; on: string; by: string | null; note: string | null; authorityName: string },
): Promise<boolean> {
  const [removed] = await tx.update(creditListEntries).set({ removedOn: removal.on, exit: removal.exit, removedBy: removal.by, removalNote: removal.note, updatedAt: new Date() })
    .where(and(eq(creditListEntries.districtCode, entry.districtCode), eq(creditListEntries.id, entry.id), isNull(creditListEntries.removedOn), inScope(systemScope, creditListEntries)))
    .returning({ id: creditListEntries.id });
  if (!removed) return false;
  const listName = creditListNames[entry.list];
  await appendArchiveDocument(tx, {
    districtCode: organization.districtCode, organizationId: organization.id, docType: 'credit_list', title: `移出${listName}决定`,
    snapshot: {
      title: `移出${listName}决定书`, addressee: `${organization.name}：`,
      paragraphs: [`你组织于${paperDate(entry.enteredOn)}列入${listName}（事由：${creditCauseLabels[entry.cause]}）。因${creditExitLabels[removal.exit]}，决定自${paperDate(removal.on)}起移出。`],
      fields: removal.note ? [['说明', removal.note]] : [],
      issuer: removal.authorityName, issuedOn: removal.on,
    },
    issuedBy: removal.authorityName, issuedOn: removal.on, createdBy: removal.by,
  });
  await recordOrganizationEvent(tx, {
    organization, kind: 'creditLists.removed', subjectId: entry.id, actorId: removal.by, details: { list: entry.list, exit: removal.exit, removedOn: removal.on },
  });
  await notifyOrganizationLeaders(tx, organization, { title: `${organization.name}已移出${listName}`, body: creditExitLabels[removal.exit], link: `/admin/credit-lists/${entry.id}` });
  return true;
}
