import type { FieldKeys } from '../../platform/crypto/sm';
import { maskedField } from '../../platform/crypto/masked-field';
import { maskPhone } from '../../platform/crypto/mask';
import type { Organization } from '../organizations/find-organization';
import type { partyBuilding } from './party-building.tables';

type PartyBuildingRow = typeof partyBuilding.$inferSelect;

/** An organization's party building as the console shows it; the instructor's phone masked. */
export function presentPartyBuilding(keys: FieldKeys, facts: {
  organization: Organization; row: PartyBuildingRow | undefined; rosterPartyMembers: number;
  charter: { version: number; parts: Record<string, string> } | undefined;
}) {
  const { organization, row, rosterPartyMembers, charter } = facts;
  const extraPartyMembers = row?.extraPartyMembers ?? 0;
  return {
    organizationId: organization.id,
    organizationName: organization.name,
    jurisdictionCode: organization.jurisdictionCode,
    status: row?.status ?? 'none',
    branchName: row?.branchName ?? null,
    rosterPartyMembers,
    extraPartyMembers,
    partyMembers: rosterPartyMembers + extraPartyMembers,
    leaderPartyMember: organization.leaderPartyMember,
    charterVersion: charter?.version ?? null,
    charterHasPartyBuilding: Boolean(charter?.parts.partyBuilding?.trim()),
    instructorName: row?.instructorName ?? null,
    instructorPhoneMasked: maskedField(keys, row?.instructorPhoneEnc, maskPhone),
    instructorAssignedOn: row?.instructorAssignedOn ?? null,
    note: row?.note ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}
