import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import type { Services } from '../../platform/context';
import { inScope, systemScope } from '../../platform/policy/policy';
import { districtAccount, postMovement, reverseMovement, volunteerAccount } from './ledger';
import { ledgerMovements } from './ledger.tables';

type VolunteerRef = { id: string; districtCode: string; jurisdictionCode: string };
type ServiceRow = { id: string; minutes: number; serviceType: string };

const keysOf = (recordId: string) => ({ deposit: `service:${recordId}:deposit`, overCap: `service:${recordId}:over_cap`, earn: `service:${recordId}:earn` });

/**
 * What confirmed service earns under the rules where the volunteer's time bank is held: hours
 * deposited (the service type's percentage; the part above the lifetime cap goes to the donation
 * pool) and points (per hour, the type's percentage, hours per activity capped).
 */
export async function serviceCredit(services: Services, volunteer: VolunteerRef, record: ServiceRow, lifetimeDeposited: number) {
  const rule = <K extends Parameters<Services['settings']['forJurisdiction']>[0]>(key: K) => services.settings.forJurisdiction(key, volunteer.jurisdictionCode);
  const [creditPercent, capHours, perHour, pointsPercent, maxHours] = await Promise.all([
    rule('timeBank.creditPercentByServiceType'), rule('timeBank.lifetimeCapHours'), rule('points.perHour'),
    rule('points.percentByServiceType'), rule('points.maxHoursPerActivity'),
  ]);
  const credited = Math.round((record.minutes * (creditPercent[record.serviceType] ?? 100)) / 100);
  const room = Math.max(0, capHours * 60 - lifetimeDeposited);
  const deposited = Math.min(credited, room);
  const countedMinutes = Math.min(record.minutes, maxHours * 60);
  const points = Math.floor((countedMinutes * perHour * (pointsPercent[record.serviceType] ?? 100)) / 100 / 60);
  return { deposited, overCap: credited - deposited, points };
}

/**
 * Credits a confirmed service record, inside the confirming transaction: the time-bank deposit, the
 * excess over the cap donated to the pool, and the points. Keyed by the record, so it happens once.
 */
export async function creditServiceRecord(tx: Db, services: Services, input: { volunteer: VolunteerRef; record: ServiceRow; confirmedBy: string }) {
  const { volunteer, record } = input;
  const hours = await volunteerAccount(tx, volunteer, 'time_bank');
  const credit = await serviceCredit(services, volunteer, record, hours.lifetimeDeposited);
  const keys = keysOf(record.id);
  const common = { districtCode: volunteer.districtCode, jurisdictionCode: volunteer.jurisdictionCode, createdBy: input.confirmedBy, details: { serviceRecordId: record.id }, insufficientKey: 'ledgerInsufficient' as const };
  const issued = await districtAccount(tx, volunteer.jurisdictionCode, 'time_bank_issued');
  if (credit.deposited > 0) {
    await postMovement(tx, { ...common, unit: 'minutes', kind: 'deposit', idempotencyKey: keys.deposit, legs: [{ account: issued, amount: -credit.deposited }, { account: hours, amount: credit.deposited }] });
  }
  if (credit.overCap > 0) {
    const pool = await districtAccount(tx, volunteer.jurisdictionCode, 'donation_pool');
    await postMovement(tx, { ...common, unit: 'minutes', kind: 'over_cap', idempotencyKey: keys.overCap, legs: [{ account: issued, amount: -credit.overCap }, { account: pool, amount: credit.overCap }] });
  }
  if (credit.points > 0) {
    const points = await volunteerAccount(tx, volunteer, 'points');
    const source = await districtAccount(tx, volunteer.jurisdictionCode, 'points_issued');
    await postMovement(tx, { ...common, unit: 'points', kind: 'earn', idempotencyKey: keys.earn, legs: [{ account: source, amount: -credit.points }, { account: points, amount: credit.points }] });
  }
  return credit;
}

/**
 * Takes back what a service record earned when the record is reversed: each of its movements is
 * reversed. Refused (409 `ledgerInsufficient`) when the hours or points have been spent meanwhile.
 */
export async function reverseServiceCredit(tx: Db, input: { volunteer: VolunteerRef; recordId: string; reversalId: string; reversedBy: string }) {
  const keys = keysOf(input.recordId);
  const movements = await tx.select().from(ledgerMovements).where(and(
    eq(ledgerMovements.districtCode, input.volunteer.districtCode), inArray(ledgerMovements.idempotencyKey, Object.values(keys)), inScope(systemScope, ledgerMovements),
  ));
  for (const movement of movements) {
    await reverseMovement(tx, movement, {
      idempotencyKey: `reversal:${movement.idempotencyKey}`, createdBy: input.reversedBy, insufficientKey: 'ledgerReversalInsufficient',
      details: { serviceRecordId: input.recordId, reversalRecordId: input.reversalId },
    });
  }
  return movements.length;
}
