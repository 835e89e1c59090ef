import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import { surnameOnly } from '../../platform/crypto/mask';
import { charters, organizations } from '../organizations/organizations.tables';
import { charterParts } from '../organizations/charter';
import { certificates } from '../certificates/certificates.tables';
import { filings } from '../filings/filings.tables';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { ancestorCodes } from '../jurisdictions/jurisdiction-queries';
import { certificateColumns, currentCertificateJoin, publicOrganizationsWhere } from './public-organizations';
import type { publicOrgClasses, publicOrgStatuses } from './portal.schemas';
import { publicAnnualReports } from '../annual-reports/public-annual-reports';

/**
 * An organization's public page: basic information, its current charter, its certificate's live
 * status, its public notices and the public part of its accepted annual reports. The leader appears by surname only; no ID or phone number, no roster.
 * Drafts, rejected filings, community-guided groups and unknown ids are all simply not found.
 */
export async function getPublicOrganization({ ctx, id, now = new Date() }: { ctx: Ctx; id: string; now?: Date }) {
  const [row] = await ctx.db.select({ organization: organizations, ...certificateColumns }).from(organizations)
    .leftJoin(certificates, currentCertificateJoin)
    .where(and(eq(organizations.id, id), publicOrganizationsWhere()));
  if (!row) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Organization' : '组织' });
  const o = row.organization;
  const own = <T extends typeof filings | typeof charters>(table: T) =>
    // Public: the organization itself passed the public filter above.
    and(eq(table.districtCode, o.districtCode), eq(table.organizationId, o.id), inScope(systemScope, table));

  const [noticed, [charter], annualReports] = await Promise.all([
    ctx.db.select().from(filings).where(and(own(filings), isNotNull(filings.noticeStartsAt))).orderBy(desc(filings.noticeStartsAt)),
    // A change's charter is written only when the change is filed, so the newest version is the one in force.
    ctx.db.select().from(charters).where(own(charters)).orderBy(desc(charters.version)).limit(1),
    publicAnnualReports(ctx.db, o),
  ]);

  const path = [...ancestorCodes(o.jurisdictionCode), o.jurisdictionCode];
  const names = await jurisdictionNames(ctx.db, path);
  return {
    id: o.id,
    name: o.name,
    orgClass: o.orgClass as (typeof publicOrgClasses)[number],
    category: o.category,
    status: o.status as (typeof publicOrgStatuses)[number],
    place: path.map((code) => ({ code, name: names.get(code) ?? code })),
    address: o.address,
    foundedOn: o.foundedOn,
    purpose: o.purpose,
    businessScope: o.businessScope,
    memberCount: o.memberCount,
    leader: surnameOnly(o.leaderName),
    creditCode: o.orgClass === 'registered' ? o.creditCode : null,
    filedAt: o.filedAt?.toISOString() ?? null,
    certificateNumber: o.certificateNumber,
    certificateStatus: row.certificateStatus,
    charter: charterParts
      .map((p) => ({ key: p.key, titleZh: p.zh, titleEn: p.en, text: charter?.parts[p.key]?.trim() ?? '' }))
      .filter((p) => p.text),
    notices: noticed.map((f) => ({
      id: f.id,
      kind: f.kind,
      startsAt: f.noticeStartsAt!.toISOString(),
      endsAt: f.noticeEndsAt!.toISOString(),
      onNotice: f.state === 'public_notice' && f.noticeEndsAt! > now,
    })),
    annualReports,
  };
}
