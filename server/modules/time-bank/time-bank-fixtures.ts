import { randomUUID } from 'node:crypto';
import { districtCodeOf } from '../../platform/db/columns';
import type { TestApp } from '../../test/test-app';
import { lockVolunteer } from '../service-records/volunteer-day';
import { creditServiceRecord } from './credit-service';

/** A volunteer as the ledger needs it. */
export type LedgerVolunteer = { id: string; districtCode: string; jurisdictionCode: string };

export const ledgerVolunteer = (volunteerId: string, jurisdictionCode = '441802006001'): LedgerVolunteer =>
  ({ id: volunteerId, districtCode: districtCodeOf(jurisdictionCode), jurisdictionCode });

/**
 * Deposits hours as a confirmed service record does (the rules in force apply: credit percentage,
 * cap, points; the volunteer's row locked first), without the activity around it: tests of the
 * ledger need only the credit.
 */
export async function depositService(t: TestApp, volunteer: LedgerVolunteer, minutes: number, serviceType = 'elder_care') {
  const record = { id: randomUUID(), minutes, serviceType };
  const credit = await t.services.database.db.transaction(async (tx) => {
    await lockVolunteer(tx, volunteer);
    return creditServiceRecord(tx, t.services, { volunteer, record, confirmedBy: volunteer.id });
  });
  return { recordId: record.id, ...credit };
}

/** What the ledger holds, with the count of the time bank's audit rows of changes made, to show that a refused request wrote nothing. */
export async function ledgerSnapshot(t: TestApp) {
  const [counts] = await t.services.database.query<{ movements: string; entries: string; accounts: string; balances: string; audits: string }>(`
    SELECT (SELECT count(*) FROM ledger_movements) AS movements, (SELECT count(*) FROM ledger_entries) AS entries,
           (SELECT count(*) FROM ledger_accounts) AS accounts,
           (SELECT count(*) FROM audit_log WHERE action LIKE 'timeBank.%' AND outcome = 'success') AS audits,
           (SELECT coalesce(string_agg(id || '=' || balance, ',' ORDER BY id), '') FROM ledger_accounts WHERE balance IS NOT NULL) AS balances`);
  return counts;
}

/** A fresh idempotency key, as a form makes when it opens. */
export const newKey = () => `k-${randomUUID()}`;
