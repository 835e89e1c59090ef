import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Lang } from '../../../common/i18n';
import type { Db } from '../../platform/db/database';
import { shanghaiDate } from '../../platform/dates';
import { inScope, systemScope } from '../../platform/policy/policy';
import type { Volunteer } from '../volunteers/own-volunteer';
import { hoursOf } from '../service-records/service-minutes';
import { ledgerAccounts, ledgerEntries, ledgerMovements, type LedgerUnit } from './ledger.tables';
import { ruleValues } from './rules-in-force';
import { serviceTypeEntries } from './service-types';
import { describeEntry } from './movement-words';
import { ageOn } from './age';

/*
 * A volunteer's accounts are read by the volunteer's district and id: the caller has already found
 * the volunteer as its own (the portal) or inside the actor's subtree (the console).
 */

const minutesAndHours = (minutes: number) => ({ minutes, hours: hoursOf(minutes) });

/** Balances (hours and points), the lifetime total against the cap, and the rules that apply to the volunteer now. */
export async function timeBankSummary(db: Db, volunteer: Volunteer) {
  const accounts = await db.select().from(ledgerAccounts).where(and(
    eq(ledgerAccounts.districtCode, volunteer.districtCode), eq(ledgerAccounts.volunteerId, volunteer.id), inScope(systemScope, ledgerAccounts),
  ));
  const hours = accounts.find((a) => a.kind === 'time_bank');
  const points = accounts.find((a) => a.kind === 'points');
  const rules = await ruleValues(db, volunteer.jurisdictionCode, ['timeBank.lifetimeCapHours', 'timeBank.withdrawAge', 'timeBank.transferRelations']);
  const age = ageOn(volunteer.birthDate, shanghaiDate(new Date()));
  return {
    timeBank: {
      balance: minutesAndHours(hours?.balance ?? 0),
      lifetimeDeposited: minutesAndHours(hours?.lifetimeDeposited ?? 0),
      capHours: rules['timeBank.lifetimeCapHours'],
    },
    points: { balance: points?.balance ?? 0 },
    age,
    withdrawAge: rules['timeBank.withdrawAge'],
    withdrawAgeReached: age >= rules['timeBank.withdrawAge'],
    transferRelations: rules['timeBank.transferRelations'],
  };
}

/** The entries on the volunteer's accounts, newest first, each with its movement's kind and what it was in words. */
export async function accountHistory(db: Db, lang: Lang, volunteer: Volunteer, query: { page: number; pageSize: number; unit?: LedgerUnit }) {
  const where = and(
    eq(ledgerAccounts.districtCode, volunteer.districtCode), eq(ledgerAccounts.volunteerId, volunteer.id),
    query.unit ? eq(ledgerAccounts.unit, query.unit) : undefined, inScope(systemScope, ledgerAccounts),
  );
  const entryJoin: SQL = and(
    eq(ledgerEntries.districtCode, ledgerAccounts.districtCode), eq(ledgerEntries.accountId, ledgerAccounts.id), inScope(systemScope, ledgerEntries),
  )!;
  // A transfer's movement is kept in the sender's district.
  const movementJoin: SQL = and(
    eq(ledgerMovements.districtCode, ledgerEntries.movementDistrictCode), eq(ledgerMovements.id, ledgerEntries.movementId), inScope(systemScope, ledgerMovements),
  )!;
  const rows = await db.select({ entry: ledgerEntries, unit: ledgerAccounts.unit, kind: ledgerMovements.kind, details: ledgerMovements.details })
    .from(ledgerAccounts).innerJoin(ledgerEntries, entryJoin).innerJoin(ledgerMovements, movementJoin)
    .where(where).orderBy(desc(ledgerEntries.createdAt), desc(ledgerEntries.id))
    .limit(query.pageSize).offset((query.page - 1) * query.pageSize);
  const [{ total }] = await db.select({ total: count() }).from(ledgerAccounts).innerJoin(ledgerEntries, entryJoin).where(where);
  const serviceTypes = await serviceTypeEntries(db);
  const label = (code: string) => {
    const entry = serviceTypes.find((e) => e.code === code);
    return entry ? (lang === 'en' ? entry.labelEn : entry.labelZh) : code;
  };
  return {
    items: rows.map(({ entry, unit, kind, details }) => ({
      id: entry.id, at: entry.createdAt.toISOString(), unit, amount: entry.amount, ...(unit === 'minutes' ? { hours: hoursOf(entry.amount) } : {}),
      kind, description: describeEntry(lang, { kind, details }, entry.amount, label), note: typeof details.note === 'string' ? details.note : null,
    })),
    total, page: query.page, pageSize: query.pageSize,
  };
}
