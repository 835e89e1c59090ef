import { maskPhone } from '../../platform/crypto/mask';
import type { FieldKeys } from '../../platform/crypto/sm';
import { maskedField } from '../../platform/crypto/masked-field';
import type { DictionaryLabel as Label } from './activity-names';
import type { HelpRequest } from './find-help-request';


/** A request for help as staff see it: the requester's phone masked, dictionary labels in the reader's language. */
export function presentHelpRequest(r: HelpRequest, keys: FieldKeys, label: Label, names: {
  place: string | null; street: string | null; matchedActivityTitle: string | null; matchedVolunteerName: string | null;
}) {
  return {
    id: r.id, requesterName: r.requesterName, requesterPhone: maskedField(keys, r.requesterPhoneEnc, maskPhone),
    targetGroup: r.targetGroup, targetGroupLabel: r.targetGroup ? label('target_group', r.targetGroup) : null,
    serviceType: r.serviceType, serviceTypeLabel: label('service_type', r.serviceType),
    skillsWanted: r.skillsWanted, skillsWantedLabels: r.skillsWanted.map((code) => label('skill', code)),
    description: r.description, jurisdictionCode: r.jurisdictionCode, placeName: names.place, streetName: names.street, address: r.address,
    neededFrom: r.neededFrom?.toISOString() ?? null, neededUntil: r.neededUntil?.toISOString() ?? null, status: r.status,
    matchedActivityId: r.matchedActivityId, matchedActivityTitle: names.matchedActivityTitle,
    matchedVolunteerId: r.matchedVolunteerId, matchedVolunteerName: names.matchedVolunteerName,
    matchNote: r.matchNote, matchedAt: r.matchedAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString(),
  };
}
