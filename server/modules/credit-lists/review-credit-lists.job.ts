import { and, eq, gt, isNull, max, ne } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import { shanghaiDate } from '../../platform/dates';
import { asOfIn, type JobDefinition } from '../../platform/jobs/jobs';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { systemAuditActor } from '../../platform/audit/audit-actor';
import { organizations } from '../organizations/organizations.tables';
import { creditListEntries } from './credit-lists.tables';
import { insertCreditEntry, removeCreditEntry, type CreditEntry } from './credit-entry-writes';
import { entryDueOn, reviewEntry, type CreditPeriods } from './credit-list-rules';

/**
 * Daily: the periods of the credit lists run out by themselves — abnormal entries with nothing to fix
 * expire, abnormal entries still there after the set years move to the serious list, serious
 * entries leave after the set clean years. Each change is one transaction with its audit row.
 */
export async function reviewCreditLists(services: Services, now = new Date()): Promise<{ expired: number; promoted: number; cleared: number }> {
  const { db } = services.database;
  const s = services.settings;
  const periods: CreditPeriods = {
    entryWorkingDays: await s.get('creditList.entryWorkingDays'), abnormalExpiryMonths: await s.get('creditList.abnormalExpiryMonths'),
    seriousAfterYears: await s.get('creditList.seriousAfterYears'), seriousCleanYears: await s.get('creditList.seriousCleanYears'),
  };
  const today = shanghaiDate(now);
  const open = await db.select({ entry: creditListEntries, organization: organizations }).from(creditListEntries)
    .innerJoin(organizations, and(
      eq(organizations.districtCode, creditListEntries.districtCode), eq(organizations.id, creditListEntries.organizationId), inScope(systemScope, organizations),
    ))
    .where(and(isNull(creditListEntries.removedOn), inScope(systemScope, creditListEntries)));
  const counts = { expired: 0, promoted: 0, cleared: 0 };
  for (const { entry, organization } of open) {
    const outcome = reviewEntry(entry, today, periods, entry.list === 'serious' ? await latestOtherEntryOn(services, entry) : null);
    if (!outcome) continue;
    await db.transaction(async (tx) => {
      const removal = { on: today, by: null, note: null, authorityName: entry.authorityName };
      if (outcome === 'promote') {
        if (!(await removeCreditEntry(tx, organization, entry, { ...removal, exit: 'moved_to_serious' }))) return;
        const serious = await insertCreditEntry(tx, organization, {
          list: 'serious', cause: 'abnormal_two_years', causeRef: entry.id, reason: `${entry.enteredOn} 列入活动异常名录，满 ${periods.seriousAfterYears} 年仍未移出（原事由：${entry.reason}）`,
          causeOn: today, dueOn: entryDueOn(today, periods), enteredOn: today,
          authority: { code: entry.authorityCode, name: entry.authorityName }, enteredBy: null,
        });
        await audit(tx, entry, 'credit_list.promote', { seriousEntryId: serious.id });
        counts.promoted++;
      } else {
        if (!(await removeCreditEntry(tx, organization, entry, { ...removal, exit: outcome === 'expire' ? 'expired' : 'clean_period' }))) return;
        await audit(tx, entry, outcome === 'expire' ? 'credit_list.expire' : 'credit_list.clear', {});
        counts[outcome === 'expire' ? 'expired' : 'cleared']++;
      }
    });
  }
  return counts;
}

const audit = (tx: Parameters<typeof recordAudit>[0], entry: CreditEntry, action: string, details: Record<string, unknown>) =>
  recordAudit(tx, systemAuditActor(entry.jurisdictionCode), { action, targetType: 'credit_list_entry', targetId: entry.id, details: { organizationId: entry.organizationId, ...details } });

/** The organization's latest entry made after this one, which restarts a serious entry's clean years. */
async function latestOtherEntryOn(services: Services, entry: CreditEntry): Promise<string | null> {
  const [row] = await services.database.db.select({ on: max(creditListEntries.enteredOn) }).from(creditListEntries).where(and(
    eq(creditListEntries.districtCode, entry.districtCode), eq(creditListEntries.organizationId, entry.organizationId),
    ne(creditListEntries.id, entry.id), gt(creditListEntries.enteredOn, entry.enteredOn), inScope(systemScope, creditListEntries),
  ));
  return row?.on ?? null;
}

export const reviewCreditListsJob: JobDefinition = {
  name: 'creditLists.review',
  cron: '0 8 * * *',
  acceptsAsOf: true,
  async run(services, data) {
    await reviewCreditLists(services, asOfIn(data));
  },
};
