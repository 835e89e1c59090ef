import { and, asc, eq } from 'drizzle-orm';
import { latestCharterVersion } from '../organizations/latest-charter-version';
import type { Db } from '../../platform/db/database';
import { decryptField, type FieldKeys } from '../../platform/crypto/sm';
import { maskIdNumber, maskPhone } from '../../platform/crypto/mask';
import { inScope, type Scope } from '../../platform/policy/policy';
import { charters, organizations, rosterMembers } from '../organizations/organizations.tables';
import { charterParts } from '../organizations/charter';
import type { ProposedChange, ProposedRosterMember } from './filings.tables';

type Organization = typeof organizations.$inferSelect;

/** The filed items a change may touch, as organization columns (the place stays: a move is a new filing). */
export const changeableColumns = [
  'name', 'category', 'address', 'foundedOn', 'purpose', 'businessScope', 'leaderName', 'leaderIdEnc', 'leaderIdIndex',
  'leaderPhoneEnc', 'leaderPartyMember', 'contactName', 'contactPhoneEnc', 'fundingSource',
] as const satisfies readonly (keyof Organization)[];

/** Items as reviewers and the `change.noticeItems` setting name them; encrypted columns compare by value. */
const itemOfColumn: Partial<Record<(typeof changeableColumns)[number], string>> = {
  leaderIdEnc: 'leaderIdNumber', leaderPhoneEnc: 'leaderPhone', contactPhoneEnc: 'contactPhone',
};
const encrypted = new Set<string>(['leaderIdEnc', 'leaderPhoneEnc', 'contactPhoneEnc']);
const masks: Record<string, (v: string) => string | null | undefined> = { leaderIdEnc: maskIdNumber, leaderPhoneEnc: maskPhone, contactPhoneEnc: maskPhone };

const itemLabels: Record<string, { zh: string; en: string }> = {
  name: { zh: '名称', en: 'Name' }, category: { zh: '类别', en: 'Category' }, address: { zh: '活动地址', en: 'Address' },
  foundedOn: { zh: '成立日期', en: 'Founded on' }, purpose: { zh: '宗旨', en: 'Purpose' }, businessScope: { zh: '业务范围', en: 'Business scope' },
  leaderName: { zh: '负责人', en: 'Leader' }, leaderIdNumber: { zh: '负责人身份证号', en: "Leader's ID number" },
  leaderPhone: { zh: '负责人电话', en: "Leader's phone" }, leaderPartyMember: { zh: '负责人是否党员', en: 'Leader is a party member' },
  contactName: { zh: '联系人', en: 'Contact' }, contactPhone: { zh: '联系电话', en: 'Contact phone' },
  fundingSource: { zh: '经费来源', en: 'Funding source' }, charter: { zh: '章程', en: 'Charter' }, roster: { zh: '成员花名册', en: 'Roster' },
};

/** A change starts as a copy of what is filed now: organization items, the charter, the roster. */
export async function snapshotForChange(db: Db, scope: Scope, organization: Organization): Promise<ProposedChange> {
  const own = <T extends typeof charters | typeof rosterMembers>(table: T) =>
    and(eq(table.districtCode, organization.districtCode), eq(table.organizationId, organization.id), inScope(scope, table));
  const version = (await latestCharterVersion(db, scope, organization)) ?? 1;
  const [charter] = await db.select({ parts: charters.parts }).from(charters).where(and(own(charters), eq(charters.version, version)));
  const roster = await db.select().from(rosterMembers).where(own(rosterMembers)).orderBy(asc(rosterMembers.createdAt), asc(rosterMembers.name));
  return {
    organization: Object.fromEntries(changeableColumns.map((c) => [c, organization[c]])),
    charter: { ...(charter?.parts ?? {}) },
    roster: roster.map((m): ProposedRosterMember => ({
      name: m.name, gender: m.gender, birthDate: m.birthDate, idNumberEnc: m.idNumberEnc, idNumberIndex: m.idNumberIndex,
      phoneEnc: m.phoneEnc, isLeader: m.isLeader, partyMember: m.partyMember,
    })),
  };
}

/** The proposed organization as an organization row, for the completeness check and the presenter. */
export function proposedOrganization(organization: Organization, proposed: ProposedChange): Organization {
  return { ...organization, ...(proposed.organization as Partial<Organization>), memberCount: proposed.roster.length };
}

export type ChangeItem = { item: string; label: { zh: string; en: string }; before: string | null; after: string | null };

function shown(keys: FieldKeys, column: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (encrypted.has(column)) return masks[column](decryptField(keys, String(value))) ?? null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

/**
 * What a change alters, item by item, against what is filed: organization items (personal numbers
 * compared by value and shown masked), charter parts, and the roster (people added and removed).
 */
export async function diffChange(db: Db, scope: Scope, keys: FieldKeys, organization: Organization, proposed: ProposedChange): Promise<ChangeItem[]> {
  const filed = await snapshotForChange(db, scope, organization);
  const items: ChangeItem[] = [];
  for (const column of changeableColumns) {
    if (column === 'leaderIdIndex') continue;
    const before = shown(keys, column, filed.organization[column]);
    const after = shown(keys, column, proposed.organization[column]);
    const same = encrypted.has(column)
      ? plain(keys, filed.organization[column]) === plain(keys, proposed.organization[column])
      : before === after;
    if (!same) {
      const item = itemOfColumn[column] ?? column;
      items.push({ item, label: itemLabels[item], before, after });
    }
  }
  for (const part of charterParts) {
    const before = filed.charter[part.key]?.trim() || null;
    const after = proposed.charter[part.key]?.trim() || null;
    if (before !== after) items.push({ item: `charter.${part.key}`, label: { zh: `章程·${part.zh}`, en: `Charter: ${part.en}` }, before, after });
  }
  const filedPeople = new Map(filed.roster.map((m) => [m.idNumberIndex, m]));
  const proposedPeople = new Map(proposed.roster.map((m) => [m.idNumberIndex, m]));
  const added = proposed.roster.filter((m) => !filedPeople.has(m.idNumberIndex)).map((m) => m.name);
  const removed = filed.roster.filter((m) => !proposedPeople.has(m.idNumberIndex)).map((m) => m.name);
  const altered = proposed.roster.filter((m) => {
    const was = filedPeople.get(m.idNumberIndex);
    return was && (was.name !== m.name || was.isLeader !== m.isLeader || was.partyMember !== m.partyMember
      || plain(keys, was.phoneEnc) !== plain(keys, m.phoneEnc));
  }).map((m) => m.name);
  if (added.length || removed.length || altered.length) {
    const describe = (label: string, names: string[]) => (names.length ? `${label}：${names.join('、')}` : null);
    items.push({
      item: 'roster', label: itemLabels.roster,
      before: `${filed.roster.length} 人`,
      after: [`${proposed.roster.length} 人`, describe('新增', added), describe('退出', removed), describe('信息变动', altered)].filter(Boolean).join('；'),
    });
  }
  return items;
}

function plain(keys: FieldKeys, value: unknown): string | null {
  return value ? decryptField(keys, String(value)) : null;
}

/** The setting `change.noticeItems` names top-level items; charter parts count as `charter`. */
export function changeNeedsNotice(items: ChangeItem[], noticeItems: string[]): boolean {
  return items.some((i) => noticeItems.includes(i.item.startsWith('charter.') ? 'charter' : i.item));
}
