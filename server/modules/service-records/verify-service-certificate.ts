import { and, eq, gt, lte } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import { inScope, systemScope } from '../../platform/policy/policy';
import { shanghaiDate } from '../../platform/dates';
import { maskName } from '../../platform/crypto/mask';
import { verifyToken } from '../certificates/signing';
import { volunteers } from '../volunteers/volunteers.tables';
import { serviceCertificates, serviceRecords } from './service-records.tables';
import { reversals } from './record-filters';
import { hoursOf } from './service-minutes';

/**
 * Public verification of a 志愿服务记录证明, by its QR code's token (signature checked) or by the
 * number typed in: what it stated at its issue (the volunteer's name masked), and whether a record
 * it counted has been corrected since. Anyone may ask: certificates are looked up across the tree.
 */
export async function verifyServiceCertificate(services: Services, input: { token?: string; number?: string }) {
  const payload = input.token ? verifyToken(services.signingKeys.publicKeyPem, input.token) : null;
  if (input.token && !payload) return { found: false as const, signatureValid: false };
  const db = services.database.db;
  const [row] = await db.select({ certificate: serviceCertificates, volunteerName: volunteers.name }).from(serviceCertificates)
    .innerJoin(volunteers, and(eq(volunteers.districtCode, serviceCertificates.districtCode), eq(volunteers.id, serviceCertificates.volunteerId)))
    .where(and(eq(serviceCertificates.number, payload?.n ?? input.number!), inScope(systemScope, serviceCertificates), inScope(systemScope, volunteers)));
  if (!row) return { found: false as const, signatureValid: payload ? true : null };
  const { certificate } = row;
  const [corrected] = await db.select({ id: reversals.id }).from(reversals)
    .innerJoin(serviceRecords, and(eq(serviceRecords.districtCode, reversals.districtCode), eq(serviceRecords.id, reversals.reversesId)))
    .where(and(
      eq(reversals.volunteerId, certificate.volunteerId), gt(reversals.createdAt, certificate.issuedAt),
      lte(serviceRecords.createdAt, certificate.issuedAt), inScope(systemScope, serviceRecords),
    )).limit(1);
  return {
    found: true as const,
    signatureValid: payload ? true : null,
    number: certificate.number,
    volunteerName: maskName(row.volunteerName) ?? '',
    totalHours: hoursOf(certificate.totalMinutes),
    recordCount: certificate.recordCount,
    firstServiceDate: certificate.firstServiceDate,
    lastServiceDate: certificate.lastServiceDate,
    issuedOn: shanghaiDate(certificate.issuedAt),
    /** The figures are those at the issue; true when a record counted then has been corrected since. */
    correctedSince: Boolean(corrected),
  };
}
