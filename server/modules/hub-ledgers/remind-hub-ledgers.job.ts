import { and, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import { addDays, shanghaiDate } from '../../platform/dates';
import type { Services } from '../../platform/context';
import { asOfIn, type JobDefinition } from '../../platform/jobs/jobs';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/audit.tables';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { notifyRoleAt } from '../notifications/notify';
import { organizations } from '../organizations/organizations.tables';
import { hubLedgers } from './hub-ledgers.tables';
import { openLedgerStates } from './hub-ledger.workflow';
import { notifyHubAccounts } from './hub-scope';
import { openLedger } from './open-ledger';
import { dueOn, lastEndedPeriod, periodLabel } from './half-year';
import { systemAuditActor } from '../../platform/audit/audit-actor';


/**
 * Daily: once a half year has ended, every active hub has its ledger for it (opened as a draft when
 * the hub has not generated it), so the bureau sees those never started. A ledger still owed within
 * `hubLedger.remindDays` of its due date reminds the hub once; past its due date it is flagged to the
 * district bureau once. The audit row of each notice is what "once" looks up.
 */
export async function remindHubLedgers(services: Services, now = new Date()): Promise<{ opened: number; reminded: number; flagged: number }> {
  const { db } = services.database;
  const period = lastEndedPeriod(now);
  const today = shanghaiDate(now);
  const [dueDays, remindDays] = await Promise.all([services.settings.get('hubLedger.dueDays'), services.settings.get('hubLedger.remindDays')]);

  const hubs = await db.select({ districtCode: organizations.districtCode, id: organizations.id, streetCode: organizations.hubStreetCode }).from(organizations)
    .where(and(eq(organizations.isHub, true), eq(organizations.status, 'active'), isNotNull(organizations.hubStreetCode), inScope(systemScope, organizations)));
  let opened = 0;
  for (const hub of hubs) {
    const before = await db.select({ id: hubLedgers.id }).from(hubLedgers).where(and(
      eq(hubLedgers.districtCode, hub.districtCode), eq(hubLedgers.hubOrganizationId, hub.id), eq(hubLedgers.period, period), inScope(systemScope, hubLedgers),
    ));
    if (before.length) continue;
    await db.transaction(async (tx) => {
      const ledger = await openLedger(tx, systemScope, { districtCode: hub.districtCode, hubOrganizationId: hub.id, streetCode: hub.streetCode!, period, dueOn: dueOn(period, dueDays) });
      await recordAudit(tx, systemAuditActor(hub.streetCode!), { action: 'hub_ledger.open', targetType: 'hub_ledger', targetId: ledger!.id, details: { period } });
    });
    opened++;
  }

  // Owed ledgers of any half year whose reminder window has opened.
  const owed = await db.select().from(hubLedgers).where(and(
    inArray(hubLedgers.state, [...openLedgerStates]), lte(hubLedgers.dueOn, addDays(today, remindDays)), inScope(systemScope, hubLedgers),
  ));
  const streets = await jurisdictionNames(db, owed.map((l) => l.jurisdictionCode));
  let reminded = 0;
  let flagged = 0;
  for (const ledger of owed) {
    const overdue = today > ledger.dueOn;
    const action = overdue ? 'hub_ledger.overdue' : 'hub_ledger.remind';
    const [told] = await db.select({ id: auditLog.id }).from(auditLog).where(and(
      eq(auditLog.districtCode, ledger.districtCode), eq(auditLog.action, action), eq(auditLog.targetId, ledger.id), inScope(systemScope, auditLog),
    )).limit(1);
    if (told) continue;
    const what = `${streets.get(ledger.jurisdictionCode) ?? ''}${periodLabel(ledger.period)}社区社会组织工作台账`;
    const link = `/admin/hub-ledgers/${ledger.id}`;
    await db.transaction(async (tx) => {
      if (overdue) {
        await notifyRoleAt(tx, 'bureau', ledger.districtCode, { title: `${what}已逾期未报送（截止 ${ledger.dueOn}）`, link });
      } else {
        await notifyHubAccounts(tx, { districtCode: ledger.districtCode, id: ledger.hubOrganizationId }, { title: `请在 ${ledger.dueOn} 前报送${what}`, link });
      }
      await recordAudit(tx, systemAuditActor(ledger.jurisdictionCode), { action, targetType: 'hub_ledger', targetId: ledger.id, details: { period: ledger.period, dueOn: ledger.dueOn } });
    });
    if (overdue) flagged++;
    else reminded++;
  }
  return { opened, reminded, flagged };
}

export const remindHubLedgersJob: JobDefinition = {
  name: 'hubLedgers.remind',
  cron: '0 9 * * *',
  acceptsAsOf: true,
  async run(services, data) {
    await remindHubLedgers(services, asOfIn(data));
  },
};
