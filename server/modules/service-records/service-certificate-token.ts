import type { Services } from '../../platform/context';
import { shanghaiDate } from '../../platform/dates';
import { maskName } from '../../platform/crypto/mask';
import { signPayload } from '../certificates/signing';

/** What the payload's `c` (the kind of paper) says for a service-record certificate. */
export const serviceCertificateKind = 'volunteer_service';

/**
 * The signed token a certificate's QR code carries: number, masked name, issue date. Ed25519
 * signatures are deterministic, so the same certificate always prints the same token and none is stored.
 */
export function serviceCertificateToken(services: Services, certificate: { number: string; issuedAt: Date }, volunteerName: string): string {
  return signPayload(services.signingKeys, {
    v: 1, n: certificate.number, name: maskName(volunteerName) ?? '', c: serviceCertificateKind, d: shanghaiDate(certificate.issuedAt),
  });
}
