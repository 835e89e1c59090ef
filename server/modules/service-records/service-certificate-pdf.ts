import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { NotFoundError } from '../../platform/errors';
import { decryptField } from '../../platform/crypto/sm';
import { maskIdNumber } from '../../platform/crypto/mask';
import { jurisdictions } from '../jurisdictions/jurisdictions.tables';
import { findOwnVolunteer } from '../volunteers/own-volunteer';
import { volunteers } from '../volunteers/volunteers.tables';
import { serviceCertificates } from './service-records.tables';
import { recordNames } from './record-names';
import { standingRecords } from './standing-records';
import { serviceCertificateToken } from './service-certificate-token';
import { renderServiceCertificatePdf } from './render-service-certificate';

/** The platform, as it signs the papers it issues. */
const platformIssuer = '邻里 · 社区社会组织服务平台';

/**
 * The certificate as a PDF: for its volunteer, or the street or committee over the volunteer's
 * home. Totals and records are those as of the issue, whatever was corrected since.
 */
export async function serviceCertificatePdf({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'serviceCertificate.issue');
  const certificate = await findCertificate(ctx, id);
  // Found above for its holder or for staff over the holder's home: its volunteer is theirs to print.
  const [volunteer] = await ctx.db.select().from(volunteers).where(and(
    eq(volunteers.districtCode, certificate.districtCode), eq(volunteers.id, certificate.volunteerId), inScope(systemScope, volunteers),
  ));
  const [rows, home] = await Promise.all([standingRecords(ctx.db, volunteer.id, certificate.issuedAt), homeOf(ctx, certificate.jurisdictionCode)]);
  const names = await recordNames(ctx.db, rows.map((r) => r.record));
  const content = await renderServiceCertificatePdf(ctx.services, {
    number: certificate.number,
    token: serviceCertificateToken(ctx.services, certificate, volunteer.name),
    issuedAt: certificate.issuedAt,
    volunteer: { name: volunteer.name, maskedIdNumber: maskIdNumber(decryptField(ctx.services.fieldKeys, volunteer.idNumberEnc)) ?? '', home: home.place },
    totals: {
      minutes: certificate.totalMinutes, records: certificate.recordCount,
      firstServiceDate: certificate.firstServiceDate, lastServiceDate: certificate.lastServiceDate,
    },
    records: rows.map(({ record, activityTitle }) => ({
      serviceDate: record.serviceDate, activity: activityTitle ?? '', place: names.placeName(record.jurisdictionCode) ?? '', minutes: record.minutes,
    })),
    issuers: [platformIssuer, home.committee],
  });
  return { number: certificate.number, content };
}

async function findCertificate(ctx: ActorCtx, id: string) {
  const holder = ctx.actor.role === 'volunteer' ? await findOwnVolunteer(ctx) : null;
  // A volunteer reads their own certificates, kept in their own district.
  const whose = holder
    ? and(eq(serviceCertificates.districtCode, holder.districtCode), eq(serviceCertificates.volunteerId, holder.id), inScope(systemScope, serviceCertificates))
    : inScope(ctx.actor, serviceCertificates);
  const [certificate] = await ctx.db.select().from(serviceCertificates).where(and(eq(serviceCertificates.id, id), whose));
  if (!certificate) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Certificate' : '志愿服务记录证明' });
  return certificate;
}

const committees: Record<string, string> = { urban: '居民委员会', rural: '村民委员会' };

/** 凤城街道高基里社区 and its committee (居民委员会 in a town, 村民委员会 in a village). */
async function homeOf(ctx: ActorCtx, code: string) {
  const [names, [community]] = await Promise.all([
    recordNames(ctx.db, [{ jurisdictionCode: code }]),
    ctx.db.select({ name: jurisdictions.name, areaType: jurisdictions.areaType }).from(jurisdictions).where(eq(jurisdictions.code, code)),
  ]);
  return { place: names.placeName(code) ?? '', committee: `${community?.name ?? ''}${committees[community?.areaType ?? ''] ?? '居（村）民委员会'}` };
}
