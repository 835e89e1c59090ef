import { and, desc, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { NotFoundError } from '../../platform/errors';
import { certificates } from '../certificates/certificates.tables';
import { renderCertificatePdf } from '../certificates/certificate-pdf';
import { jurisdictionNames, streetOfficeName } from '../jurisdictions/jurisdiction-names';
import { findFilingInScope } from './find-filing';

/** The certificate a filing produced, as the PDF the street prints and stamps. */
export async function filingCertificatePdf({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'filing.read');
  const { filing, organization } = await findFilingInScope(ctx, id);
  const [certificate] = await ctx.db.select().from(certificates).where(and(
    eq(certificates.districtCode, filing.districtCode), eq(certificates.filingId, filing.id), inScope(ctx.actor, certificates),
  )).orderBy(desc(certificates.issuedAt)).limit(1);
  if (!certificate) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Certificate' : '备案证书' });
  const street = (await jurisdictionNames(ctx.db, [organization.streetCode])).get(organization.streetCode) ?? '';
  return { number: certificate.number, content: await renderCertificatePdf(ctx.services, certificate, organization, streetOfficeName(street)) };
}
