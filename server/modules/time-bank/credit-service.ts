import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import type { Services } from '../../platform/context';
import { inScope, systemScope } from '../../platform/policy/policy';
import { districtAccountRef, ensureAccounts, lockAccounts, movementEntries, postMovement, reverseMovement, volunteerAccountRef } from './ledger';
import { ledgerMovements } from './ledger.tables';
import { ruleValues, type RuleValue } from './rules-in-force';

type VolunteerRef = { id: string; districtCode: string; jurisdictionCode: string };
type ServiceRow = { id: string; minutes: number; serviceType: string };

const creditRuleKeys = [
  'timeBank.creditPercentByServiceType', 'timeBank.lifetimeCapHours', 'points.perHour', 'points.percentByServiceType', 'points.maxHoursPerActivity',
] as const;
export type CreditRules = { [K in (typeof creditRuleKeys)[number]]: RuleValue<K> };

const keysOf = (recordId: string) => ({ deposit: `service:${recordId}:deposit`, overCap: `service:${recordId}:over_cap`, earn: `service:${recordId}:earn` });

/**
 * What confirmed service earns under given rules: hours deposited (the service type's percentage;
 * the part above the lifetime cap goes to the donation pool) and points (per hour, the type's
 * percentage, hours per activity capped).
 */
export function creditFor(rules: CreditRules, record: Omit<ServiceRow, 'id'>, lifetimeDeposited: number) {
  const credited = Math.round((record.minutes * (rules['timeBank.creditPercentByServiceType'][record.serviceType] ?? 100)) / 100);
  const room = Math.max(0, rules['timeBank.lifetimeCapHours'] * 60 - lifetimeDeposited);
  const deposited = Math.min(credited, room);
  const countedMinutes = Math.min(record.minutes, rules['points.maxHoursPerActivity'] * 60);
  const points = Math.floor((countedMinutes * rules['points.perHour'] * (rules['points.percentByServiceType'][record.serviceType] ?? 100)) / 100 / 60);
  return { deposited, overCap: credited - deposited, points };
}

/** What confirmed service would earn under the rules where the volunteer's time bank is held (outside a transaction). */
export async function serviceCredit(services: Services, volunteer: VolunteerRef, record: ServiceRow, lifetimeDeposited: number) {
  const rule = <K extends (typeof creditRuleKeys)[number]>(key: K) => services.settings.forJurisdiction(key, volunteer.jurisdictionCode);
  const values = await Promise.all(creditRuleKeys.map(rule));
  const rules = Object.fromEntries(creditRuleKeys.map((key, i) => [key, values[i]])) as CreditRules;
  return creditFor(rules, record, lifetimeDeposited);
}

/**
 * Credits a confirmed service record, inside the confirming transaction: the time-bank deposit, the
 * excess over the cap donated to the pool, and the points. Keyed by the record, so it happens once.
 *
 * The caller holds the volunteer's row lock (`lockVolunteer`). A volunteer's lifetime deposited
 * total changes only under it (a deposit here, its reversal in `reverseServiceCredit`), so the total
 * read before any account is locked is the one the deposit lands on, and the credit is known first.
 * The accounts it changes are then locked in the ledger's lock order: the district's donation pool
 * only when the credit goes over the cap. Locking the pool on every credit made each confirmation
 * in a district wait for the one before it to commit. A transaction crediting several volunteers
 * keeps the lock order by taking them in (district, id) order. `services` is kept for callers; the
 * rules are read through the transaction.
 */
export async function creditServiceRecord(tx: Db, _services: Services, input: { volunteer: VolunteerRef; record: ServiceRow; confirmedBy: string }) {
  const { volunteer, record } = input;
  const rules = await ruleValues(tx, volunteer.jurisdictionCode, creditRuleKeys);
  const [issued, pointsIssued, ownHours, pool, ownPoints] = await ensureAccounts(tx, [
    districtAccountRef(volunteer.jurisdictionCode, 'time_bank_issued'), districtAccountRef(volunteer.jurisdictionCode, 'points_issued'),
    volunteerAccountRef(volunteer, 'time_bank'), districtAccountRef(volunteer.jurisdictionCode, 'donation_pool'), volunteerAccountRef(volunteer, 'points'),
  ]);
  const credit = creditFor(rules, record, ownHours.lifetimeDeposited);
  const [hours, points] = await lockAccounts(tx, credit.overCap > 0 ? [ownHours, ownPoints, pool] : [ownHours, ownPoints]);
  if (hours.lifetimeDeposited !== ownHours.lifetimeDeposited) {
    throw new Error(`the lifetime total of volunteer ${volunteer.id} changed outside the volunteer's lock`);
  }
  const keys = keysOf(record.id);
  const common = { districtCode: volunteer.districtCode, jurisdictionCode: volunteer.jurisdictionCode, createdBy: input.confirmedBy, details: { serviceRecordId: record.id }, insufficientKey: 'ledgerInsufficient' as const };
  if (credit.deposited > 0) {
    await postMovement(tx, { ...common, unit: 'minutes', kind: 'deposit', idempotencyKey: keys.deposit, legs: [{ account: issued, amount: -credit.deposited }, { account: hours, amount: credit.deposited }] });
  }
  if (credit.overCap > 0) {
    await postMovement(tx, { ...common, unit: 'minutes', kind: 'over_cap', idempotencyKey: keys.overCap, legs: [{ account: issued, amount: -credit.overCap }, { account: pool, amount: credit.overCap }] });
  }
  if (credit.points > 0) {
    await postMovement(tx, { ...common, unit: 'points', kind: 'earn', idempotencyKey: keys.earn, legs: [{ account: pointsIssued, amount: -credit.points }, { account: points, amount: credit.points }] });
  }
  return credit;
}

/**
 * Takes back what a service record earned when the record is reversed: each of its movements is
 * reversed, every account involved locked first. Refused (409 `ledgerReversalInsufficient`) when
 * the hours or points have been spent meanwhile.
 */
export async function reverseServiceCredit(tx: Db, input: { volunteer: VolunteerRef; recordId: string; reversalId: string; reversedBy: string }) {
  const keys = keysOf(input.recordId);
  const movements = await tx.select().from(ledgerMovements).where(and(
    eq(ledgerMovements.districtCode, input.volunteer.districtCode), inArray(ledgerMovements.idempotencyKey, Object.values(keys)), inScope(systemScope, ledgerMovements),
  ));
  const involved = [];
  for (const movement of movements) involved.push(...(await movementEntries(tx, movement)).map(({ account }) => account));
  await lockAccounts(tx, involved);
  for (const movement of movements) {
    await reverseMovement(tx, movement, {
      idempotencyKey: `reversal:${movement.idempotencyKey}`, createdBy: input.reversedBy, insufficientKey: 'ledgerReversalInsufficient',
      details: { serviceRecordId: input.recordId, reversalRecordId: input.reversalId },
    });
  }
  return movements.length;
}
