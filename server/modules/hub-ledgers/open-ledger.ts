import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, type Scope } from '../../platform/policy/policy';
import { hubLedgers } from './hub-ledgers.tables';

/**
 * A hub's ledger row for a half year, opened as a draft with no figures when it does not exist yet
 * (by the hub's first generation, or by the daily job once the half year has ended, so the bureau
 * sees ledgers never generated too). Undefined when the row lies outside `scope`.
 */
export async function openLedger(
  tx: Db,
  scope: Scope,
  key: { districtCode: string; hubOrganizationId: string; streetCode: string; period: string; dueOn: string },
) {
  await tx.insert(hubLedgers).values({
    districtCode: key.districtCode, hubOrganizationId: key.hubOrganizationId, jurisdictionCode: key.streetCode, period: key.period, dueOn: key.dueOn,
  }).onConflictDoNothing();
  const [ledger] = await tx.select().from(hubLedgers).where(and(
    eq(hubLedgers.districtCode, key.districtCode), eq(hubLedgers.hubOrganizationId, key.hubOrganizationId), eq(hubLedgers.period, key.period),
    inScope(scope, hubLedgers),
  ));
  return ledger as typeof ledger | undefined;
}
