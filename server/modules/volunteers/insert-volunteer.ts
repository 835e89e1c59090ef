import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { blindIndex, encryptField, type FieldKeys } from '../../platform/crypto/sm';
import { districtCodeOf } from '../../platform/db/columns';
import { ConflictError } from '../../platform/errors';
import { parseResidentId } from '../../platform/validators/resident-id';
import { volunteerIdNumbers, volunteers, type EnrolmentSource } from './volunteers.tables';

/** The version of the personal-data consent text (志愿者个人信息处理同意书) a registration records. */
export const volunteerConsentVersion = '2026-11';

export type NewVolunteer = {
  name: string;
  /** Already checked and normalised by `residentIdSchema`. */
  idNumber: string;
  phone: string;
  jurisdictionCode: string;
  skills?: string[];
  interests?: string[];
  availability?: string | null;
  userId?: string | null;
  source: EnrolmentSource;
  enrolledBy?: string | null;
  consentedAt?: Date;
};

/**
 * Writes a volunteer and claims the ID number platform-wide (one volunteer per ID). Shared by
 * portal registration, enrolment, the Excel import and the demo data; callers check who may.
 */
export async function insertVolunteer(tx: Db, keys: FieldKeys, input: NewVolunteer) {
  const facts = parseResidentId(input.idNumber);
  if (!facts) throw new Error('insertVolunteer expects a checked resident ID');
  const idNumberIndex = blindIndex(keys, input.idNumber);
  const districtCode = districtCodeOf(input.jurisdictionCode);
  const [claimed] = await tx.insert(volunteerIdNumbers).values({ idNumberIndex, districtCode, volunteerId: '00000000-0000-0000-0000-000000000000' })
    .onConflictDoNothing().returning();
  if (!claimed) throw new ConflictError('volunteerIdNumberTaken', {}, [{ path: 'idNumber', key: 'volunteerIdNumberTaken' }]);
  const [volunteer] = await tx.insert(volunteers).values({
    districtCode, jurisdictionCode: input.jurisdictionCode, userId: input.userId ?? null, name: input.name,
    idNumberEnc: encryptField(keys, input.idNumber), idNumberIndex, birthDate: facts.birthDate, gender: facts.gender,
    phoneEnc: encryptField(keys, input.phone), phoneIndex: blindIndex(keys, input.phone),
    skills: input.skills ?? [], interests: input.interests ?? [], availability: input.availability ?? null,
    consentVersion: volunteerConsentVersion, consentedAt: input.consentedAt ?? new Date(), source: input.source, enrolledBy: input.enrolledBy ?? null,
  }).returning();
  await tx.update(volunteerIdNumbers).set({ volunteerId: volunteer.id }).where(eq(volunteerIdNumbers.idNumberIndex, idNumberIndex));
  return volunteer;
}
