import { and, eq, inArray } from 'drizzle-orm';
import { inScope, systemScope } from '../../platform/policy/policy';
import { organizations } from '../organizations/organizations.tables';
import { certificates } from '../certificates/certificates.tables';
import { publicOrgClasses, publicOrgStatuses } from './portal.schemas';

/**
 * What the public may see of the registry, wherever it sits: filed and registered organizations,
 * live or ended. The portal has no actor, so the whole tree is its scope (systemScope); drafts,
 * rejected filings and community-guided groups never qualify.
 */
export function publicOrganizationsWhere() {
  return and(
    inScope(systemScope, organizations),
    inArray(organizations.orgClass, [...publicOrgClasses]),
    inArray(organizations.status, [...publicOrgStatuses]),
  );
}

/** The organization's current certificate (by its number), for its live status; a left join. */
export const currentCertificateJoin = and(
  eq(certificates.districtCode, organizations.districtCode),
  eq(certificates.number, organizations.certificateNumber),
  // Public: certificate statuses are published for verification anyway.
  inScope(systemScope, certificates),
);

export const certificateColumns = { certificateStatus: certificates.status };
