import type { FieldKeys } from '../../platform/crypto/sm';
import { maskIdNumber, maskName, maskPhone } from '../../platform/crypto/mask';
import { maskedField } from '../../platform/crypto/masked-field';
import { rosterMembers, type organizations } from './organizations.tables';

type Organization = typeof organizations.$inferSelect;

/** The roster columns a roster line shows: what the pages that list a roster select. */
export const presentedRosterColumns = {
  id: rosterMembers.id, name: rosterMembers.name, gender: rosterMembers.gender, birthDate: rosterMembers.birthDate,
  idNumberEnc: rosterMembers.idNumberEnc, phoneEnc: rosterMembers.phoneEnc, isLeader: rosterMembers.isLeader, partyMember: rosterMembers.partyMember,
};
type PresentedRosterMember = Pick<typeof rosterMembers.$inferSelect, keyof typeof presentedRosterColumns>;

/** An organization's filed items as staff see them, personal numbers masked. */
export function presentOrganization(keys: FieldKeys, o: Organization) {
  return {
    id: o.id, name: o.name, orgClass: o.orgClass, category: o.category,
    status: o.status, jurisdictionCode: o.jurisdictionCode, streetCode: o.streetCode,
    address: o.address, foundedOn: o.foundedOn, purpose: o.purpose, businessScope: o.businessScope,
    memberCount: o.memberCount, leaderName: o.leaderName,
    leaderIdNumberMasked: maskedField(keys, o.leaderIdEnc, maskIdNumber), leaderPhoneMasked: maskedField(keys, o.leaderPhoneEnc, maskPhone),
    leaderPartyMember: o.leaderPartyMember, contactName: o.contactName,
    contactPhoneMasked: maskedField(keys, o.contactPhoneEnc, maskPhone), fundingSource: o.fundingSource,
    certificateNumber: o.certificateNumber,
  };
}

/** One roster line: the name in full and masked, ID and phone masked. */
export function presentRosterMember(keys: FieldKeys, m: PresentedRosterMember) {
  return {
    id: m.id, name: m.name, nameMasked: maskName(m.name), gender: m.gender, birthDate: m.birthDate,
    idNumberMasked: maskedField(keys, m.idNumberEnc, maskIdNumber), phoneMasked: maskedField(keys, m.phoneEnc, maskPhone),
    isLeader: m.isLeader, partyMember: m.partyMember,
  };
}
