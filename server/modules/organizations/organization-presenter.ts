import { decryptField, type FieldKeys } from '../../platform/crypto/sm';
import { maskIdNumber, maskName, maskPhone } from '../../platform/crypto/mask';
import type { organizations, rosterMembers } from './organizations.tables';

type Organization = typeof organizations.$inferSelect;
type RosterMember = typeof rosterMembers.$inferSelect;

/** Decrypts a stored personal number only to mask it: the clear value never leaves the presenter. */
function masked(keys: FieldKeys, token: string | null, mask: (value: string) => string | null | undefined): string | null {
  return token ? mask(decryptField(keys, token)) ?? null : null;
}

/** An organization's filed items as staff see them, personal numbers masked. */
export function presentOrganization(keys: FieldKeys, o: Organization) {
  return {
    id: o.id, name: o.name, orgClass: o.orgClass, category: o.category,
    status: o.status, jurisdictionCode: o.jurisdictionCode, streetCode: o.streetCode,
    address: o.address, foundedOn: o.foundedOn, purpose: o.purpose, businessScope: o.businessScope,
    memberCount: o.memberCount, leaderName: o.leaderName,
    leaderIdNumberMasked: masked(keys, o.leaderIdEnc, maskIdNumber), leaderPhoneMasked: masked(keys, o.leaderPhoneEnc, maskPhone),
    leaderPartyMember: o.leaderPartyMember, contactName: o.contactName,
    contactPhoneMasked: masked(keys, o.contactPhoneEnc, maskPhone), fundingSource: o.fundingSource,
    certificateNumber: o.certificateNumber,
  };
}

/** One roster line: the name in full and masked, ID and phone masked. */
export function presentRosterMember(keys: FieldKeys, m: RosterMember) {
  return {
    id: m.id, name: m.name, nameMasked: maskName(m.name), gender: m.gender, birthDate: m.birthDate,
    idNumberMasked: masked(keys, m.idNumberEnc, maskIdNumber), phoneMasked: masked(keys, m.phoneEnc, maskPhone),
    isLeader: m.isLeader, partyMember: m.partyMember,
  };
}
