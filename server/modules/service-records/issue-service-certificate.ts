import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors';
import { shanghaiYear } from '../../platform/dates';
import { districtShortName, formatCertificateNumber } from '../certificates/issue-certificate';
import { jurisdictions } from '../jurisdictions/jurisdictions.tables';
import { findOwnVolunteer, type Volunteer } from '../volunteers/own-volunteer';
import { findVolunteerInScope } from '../volunteers/find-volunteer';
import { serviceCertificates } from './service-records.tables';
import { volunteerTotals } from './standing-records';
import { presentServiceCertificate } from './service-certificate-presenter';
import type { issueServiceCertificateBodySchema } from './service-records.schemas';

/** 清城志证〔2026〕000001号: numbered per district and year, like the organizations' certificates. */
const numberPattern = '{district}志证〔{year}〕{seq:6}号';

/**
 * 开具志愿服务记录证明: a volunteer for themself, or the street or committee for a volunteer whose
 * home is in their subtree. The certificate states the standing totals as of now.
 */
export async function issueServiceCertificate({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof issueServiceCertificateBodySchema> }) {
  await authorize(ctx, 'serviceCertificate.issue');
  const volunteer = await certifiedVolunteer(ctx, input.volunteerId);
  const totals = await volunteerTotals(ctx.db, volunteer.id);
  if (!totals.records) throw new ConflictError('serviceCertificateNoRecords');
  const certificate = await ctx.db.transaction(async (tx) => {
    const number = await nextNumber(tx, volunteer.districtCode, new Date());
    const [row] = await tx.insert(serviceCertificates).values({
      districtCode: volunteer.districtCode, jurisdictionCode: volunteer.jurisdictionCode, number, volunteerId: volunteer.id,
      totalMinutes: totals.minutes, recordCount: totals.records, firstServiceDate: totals.firstServiceDate, lastServiceDate: totals.lastServiceDate,
      issuedBy: ctx.actor.userId,
    }).returning();
    await recordAudit(tx, auditActor(ctx), {
      action: 'serviceCertificate.issue', targetType: 'service_certificate', targetId: row.id,
      details: { number, volunteerId: volunteer.id, totalMinutes: totals.minutes, recordCount: totals.records },
    });
    return row;
  });
  return presentServiceCertificate(certificate, volunteer);
}

async function certifiedVolunteer(ctx: ActorCtx, volunteerId: string | undefined): Promise<Volunteer> {
  if (ctx.actor.role === 'volunteer') {
    const own = await findOwnVolunteer(ctx);
    if (volunteerId && volunteerId !== own.id) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Volunteer' : '志愿者' });
    return own;
  }
  if (!volunteerId) throw new ValidationError('validation', {}, [{ path: 'volunteerId', key: 'serviceCertificateVolunteerRequired' }]);
  return findVolunteerInScope(ctx, volunteerId);
}

/**
 * The district's next number of the year. A transaction lock on (district, year) makes concurrent
 * issues queue, so the count of those already issued gives a number nobody else holds.
 */
async function nextNumber(tx: Db, districtCode: string, at: Date): Promise<string> {
  const year = shanghaiYear(at);
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`service_certificates:${districtCode}:${year}`}, 0))`);
  // Numbering counts the whole district's certificates, whoever issued them.
  const [{ issued }] = await tx.select({ issued: count() }).from(serviceCertificates).where(and(
    eq(serviceCertificates.districtCode, districtCode),
    gte(serviceCertificates.issuedAt, new Date(`${year}-01-01T00:00:00+08:00`)), lt(serviceCertificates.issuedAt, new Date(`${year + 1}-01-01T00:00:00+08:00`)),
    inScope(systemScope, serviceCertificates),
  ));
  const [district] = await tx.select({ name: jurisdictions.name }).from(jurisdictions).where(eq(jurisdictions.code, districtCode));
  return formatCertificateNumber(numberPattern, { district: districtShortName(district?.name ?? districtCode), year, seq: issued + 1 });
}
