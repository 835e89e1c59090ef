import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { rowsOf } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { jurisdictions } from '../jurisdictions/jurisdictions.tables';
import { organizations } from '../organizations/organizations.tables';
import { certificates } from './certificates.tables';
import { signPayload } from './signing';
import { shanghaiDate, shanghaiYear } from '../../platform/dates';

/** 清城区 → 清城, 连山壮族瑶族自治县 → 连山: the short name certificate numbers use. */
export function districtShortName(name: string): string {
  const autonomous = /^(.{2,}?)(?:[\u4e00-\u9fa5]{1,6}族)*自治(?:县|旗)$/.exec(name);
  if (autonomous) return autonomous[1].replace(/(?:[\u4e00-\u9fa5]{1,3}族)+$/, '');
  return name.length > 2 ? name.replace(/(新区|区|县|市|旗)$/, '') : name;
}

export function formatCertificateNumber(pattern: string, parts: { district: string; year: number; seq: number }): string {
  return pattern
    .replace('{district}', parts.district)
    .replace('{year}', String(parts.year))
    .replace(/\{seq(?::(\d+))?\}/, (_, width?: string) => String(parts.seq).padStart(Number(width ?? 0), '0'));
}

/**
 * Issues a certificate inside the caller's transaction: the next number of the district's year
 * (the counter row stays locked until the transaction ends, so numbers never repeat or skip; a
 * rolled-back issue gives its number back), a signed QR payload, and the previous certificate of
 * the organization marked superseded.
 */
export async function issueCertificate(
  tx: Db,
  services: Services,
  organization: { districtCode: string; id: string; name: string; orgClass: string; jurisdictionCode: string },
  filingId: string,
  at: Date,
) {
  const year = shanghaiYear(at);
  const [{ last_seq: seq }] = rowsOf<{ last_seq: number }>(await tx.execute(sql`
    INSERT INTO certificate_counters (district_code, year, last_seq) VALUES (${organization.districtCode}, ${year}, 1)
    ON CONFLICT (district_code, year) DO UPDATE SET last_seq = certificate_counters.last_seq + 1
    RETURNING last_seq`));
  const [district] = await tx.select({ name: jurisdictions.name }).from(jurisdictions).where(eq(jurisdictions.code, organization.districtCode));
  const number = formatCertificateNumber(await services.settings.get('certificate.numberPattern'), {
    district: districtShortName(district?.name ?? organization.districtCode), year, seq,
  });
  const filedOn = shanghaiDate(at);
  const token = signPayload(services.signingKeys, { v: 1, n: number, name: organization.name, c: organization.orgClass, d: filedOn });
  await tx.update(certificates).set({ status: 'superseded', statusChangedAt: at }).where(and(
    eq(certificates.districtCode, organization.districtCode), eq(certificates.organizationId, organization.id),
    eq(certificates.status, 'valid'), inScope(systemScope, certificates),
  ));
  const [certificate] = await tx.insert(certificates).values({
    districtCode: organization.districtCode, organizationId: organization.id, filingId, jurisdictionCode: organization.jurisdictionCode,
    number, year, seq, token, issuedAt: at,
  }).returning();
  await tx.update(organizations).set({ certificateNumber: number, updatedAt: at }).where(and(
    eq(organizations.districtCode, organization.districtCode), eq(organizations.id, organization.id), inScope(systemScope, organizations),
  ));
  return certificate;
}
