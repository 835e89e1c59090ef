import { and, eq } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import { inScope, systemScope } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { certificates } from './certificates.tables';
import { verifyToken } from './signing';
import { shanghaiDate } from '../../platform/dates';

/**
 * Public verification, by the QR code's token (signature checked) or by the number typed in:
 * the certificate's live status — valid, superseded by a change, revoked, terminated.
 */
export async function verifyCertificate(services: Services, input: { token?: string; number?: string }) {
  const payload = input.token ? verifyToken(services.signingKeys.publicKeyPem, input.token) : null;
  if (input.token && !payload) return { found: false as const, signatureValid: false };
  const number = payload?.n ?? input.number!;
  const [row] = await services.database.db
    .select({ certificate: certificates, organizationName: organizations.name, orgClass: organizations.orgClass })
    .from(certificates)
    .innerJoin(organizations, and(eq(organizations.districtCode, certificates.districtCode), eq(organizations.id, certificates.organizationId)))
    .where(and(eq(certificates.number, number), inScope(systemScope, certificates), inScope(systemScope, organizations)));
  if (!row) return { found: false as const, signatureValid: payload ? true : null };
  return {
    found: true as const,
    signatureValid: payload ? true : null,
    number: row.certificate.number,
    organizationName: row.organizationName,
    orgClass: row.orgClass,
    issuedOn: shanghaiDate(row.certificate.issuedAt),
    status: row.certificate.status,
    statusChangedAt: row.certificate.statusChangedAt?.toISOString() ?? null,
  };
}
