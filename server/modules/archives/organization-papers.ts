import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { latestCharterVersion } from '../organizations/latest-charter-version';
import type { Db } from '../../platform/db/database';
import { inScope, type Scope } from '../../platform/policy/policy';
import { caseTransitions } from '../../platform/workflow/workflow.tables';
import { allDictionaries } from '../dictionaries/dictionary-cache';
import { jurisdictionNames, streetOfficeName } from '../jurisdictions/jurisdiction-names';
import { shanghaiDate } from '../../platform/dates';
import { charters, organizations, rosterMembers } from '../organizations/organizations.tables';
import { certificates } from '../certificates/certificates.tables';
import type { ProposedChange } from '../filings/filings.tables';
import { proposedOrganization } from '../filings/proposed-change';

type Organization = typeof organizations.$inferSelect;

/**
 * The papers of a filing (seed 001 第二条: 章程, 备案表, 成员花名册) as snapshots: plain data, every
 * personal number still encrypted exactly as stored, names of places and categories resolved as
 * they were that day. Archive entries keep them, so each version renders the same years later.
 */
export type OrganizationSnapshot = {
  id: string; name: string; orgClass: string; category: string; categoryLabel: string;
  jurisdictionCode: string; placeName: string; address: string | null; foundedOn: string | null;
  purpose: string | null; businessScope: string | null; memberCount: number;
  leaderName: string | null; leaderIdEnc: string | null; leaderPhoneEnc: string | null; leaderPartyMember: boolean;
  contactName: string | null; contactPhoneEnc: string | null; fundingSource: string | null; creditCode: string | null;
};
/** An office's opinion on the case timeline: what it wrote, who signed, when (ISO). */
export type CaseOpinion = { opinion: string; signer: string; at: string };

export type CharterSnapshot = { format: 1; organizationName: string; charterVersion: number | null; parts: Record<string, string>; filedOn: string | null };
export type FilingFormSnapshot = {
  format: 1; organization: OrganizationSnapshot; certificateNumber: string | null;
  /** 初审意见 of the committee and 审核意见 of the street, when the case reached them. */
  opinions: { committee: CaseOpinion | null; street: CaseOpinion | null };
  filedOn: string | null;
};
export type RosterMemberSnapshot = {
  name: string; gender: 'male' | 'female'; birthDate: string; idNumberEnc: string; phoneEnc: string | null; isLeader: boolean; partyMember: boolean;
};
export type RosterSnapshot = { format: 1; organizationName: string; members: RosterMemberSnapshot[]; filedOn: string | null };

export type OrganizationPapers = { charter: CharterSnapshot; filingForm: FilingFormSnapshot; roster: RosterSnapshot; streetOffice: string };

/**
 * Reads an organization's papers as they stand: its items, the given charter version (else the
 * newest, which is the one in force), its roster, the certificate the case produced (else the
 * valid one) and the case's opinions. A change case's proposal, when given, stands in for the
 * filed items it would replace. `filedOn` defaults to the day the case's certificate was issued.
 */
export async function readOrganizationPapers(
  db: Db,
  scope: Scope,
  input: { organization: Organization; caseId: string | null; charterVersion?: number | null; proposed?: ProposedChange | null; filedOn?: string | null },
): Promise<OrganizationPapers> {
  const { caseId, proposed } = input;
  const base = input.organization;
  const organization = proposed ? proposedOrganization(base, proposed) : base;
  const own = <T extends typeof charters | typeof rosterMembers | typeof certificates>(table: T) =>
    and(eq(table.districtCode, base.districtCode), eq(table.organizationId, base.id), inScope(scope, table));

  const charterVersion = input.charterVersion || await latestCharterVersion(db, scope, base);
  const [charter] = charterVersion === null ? [] : await db.select({ parts: charters.parts }).from(charters).where(and(own(charters), eq(charters.version, charterVersion)));
  const roster = proposed ? proposed.roster : await db.select().from(rosterMembers).where(own(rosterMembers))
    .orderBy(desc(rosterMembers.isLeader), asc(rosterMembers.createdAt), asc(rosterMembers.name));
  const ofCase = caseId ? eq(certificates.filingId, caseId) : sql`false`;
  const [certificate] = await db.select({ number: certificates.number, issuedAt: certificates.issuedAt, ofCase: sql<boolean>`${ofCase}` }).from(certificates)
    .where(and(own(certificates), or(ofCase, eq(certificates.status, 'valid')))).orderBy(desc(sql`${ofCase}`), desc(certificates.issuedAt)).limit(1);
  const filedOn = input.filedOn !== undefined ? input.filedOn : certificate?.ofCase ? shanghaiDate(certificate.issuedAt) : null;
  const opinions = caseId ? await caseOpinions(db, scope, base.districtCode, caseId) : { committee: null, street: null };
  const names = await jurisdictionNames(db, [organization.districtCode, organization.streetCode, organization.jurisdictionCode]);
  const categories = (await allDictionaries(db)).find((d) => d.type === 'org_category')?.entries ?? [];

  const placeName = [...new Set([organization.districtCode, organization.streetCode, organization.jurisdictionCode])]
    .map((code) => names.get(code) ?? '').join('');
  return {
    charter: { format: 1, organizationName: organization.name, charterVersion, parts: (proposed?.charter ?? charter?.parts) ?? {}, filedOn },
    filingForm: {
      format: 1,
      organization: {
        id: organization.id, name: organization.name, orgClass: organization.orgClass, category: organization.category,
        categoryLabel: categories.find((c) => c.code === organization.category)?.labelZh ?? organization.category,
        jurisdictionCode: organization.jurisdictionCode, placeName, address: organization.address, foundedOn: organization.foundedOn,
        purpose: organization.purpose, businessScope: organization.businessScope, memberCount: organization.memberCount,
        leaderName: organization.leaderName, leaderIdEnc: organization.leaderIdEnc, leaderPhoneEnc: organization.leaderPhoneEnc,
        leaderPartyMember: organization.leaderPartyMember, contactName: organization.contactName, contactPhoneEnc: organization.contactPhoneEnc,
        fundingSource: organization.fundingSource, creditCode: organization.creditCode,
      },
      certificateNumber: certificate?.number ?? null,
      opinions,
      filedOn,
    },
    roster: {
      format: 1, organizationName: organization.name, filedOn,
      members: roster.map((m) => ({
        name: m.name, gender: m.gender, birthDate: m.birthDate, idNumberEnc: m.idNumberEnc, phoneEnc: m.phoneEnc, isLeader: m.isLeader, partyMember: m.partyMember,
      })),
    },
    streetOffice: streetOfficeName(names.get(organization.streetCode) ?? ''),
  };
}

/** The committee's last forwarding and the street's last approval on the case timeline. */
async function caseOpinions(db: Db, scope: Scope, districtCode: string, caseId: string): Promise<FilingFormSnapshot['opinions']> {
  const rows = await db.select().from(caseTransitions).where(and(
    eq(caseTransitions.districtCode, districtCode), eq(caseTransitions.caseId, caseId),
    inArray(caseTransitions.action, ['forward', 'approve', 'approve_without_notice']), inScope(scope, caseTransitions),
  )).orderBy(desc(caseTransitions.at));
  const pick = (role: string, actions: string[], fallback: string): CaseOpinion | null => {
    const row = rows.find((r) => r.actorRole === role && actions.includes(r.action));
    return row ? { opinion: row.opinion ?? fallback, signer: row.actorName ?? '', at: row.at.toISOString() } : null;
  };
  return {
    committee: pick('committee', ['forward'], '初审通过，同意上报。'),
    street: pick('street', ['approve', 'approve_without_notice'], '审核同意。'),
  };
}
