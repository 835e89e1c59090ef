import type { Database } from '../../server/platform/db/database';
import { blindIndex, encryptField, type FieldKeys } from '../../server/platform/crypto/sm';
import { hashPassword } from '../../server/platform/auth/passwords';
import { residentIdCheckCharacter } from '../../server/platform/validators/resident-id';
import { withoutScope } from '../../server/platform/db/scope-guard';
import type { Role } from '../../server/platform/policy/roles';
import { insertUser } from '../../server/modules/users/insert-user';
import { demoPassword } from '../../server/demo/demo-accounts';

/** The harness signs in with these; the same password as the demo accounts. */
export const benchPassword = demoPassword;

/**
 * The time-bank transfer scenario's writers: this many volunteer accounts (`transferWriterName`),
 * each moving hours to a relative of its own, so 50 connections are 50 volunteers, not one account's
 * row lock taken in turn.
 */
export const transferWriterCount = 50;
export const transferWriterName = (n: number) => `bench-volunteer-${String(n).padStart(2, '0')}`;

/**
 * Writer n's relative: a generated volunteer given this real-form ID number, since the generated
 * people share one placeholder number that no look-up finds.
 */
export function transferRecipientIdNumber(n: number): string {
  const first17 = `44180219750312${String(n).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** Minutes granted to each writer, so the transfer scenario never runs out of hours. */
const benchGrantMinutes = 100_000_000;

export type BenchAccount = { username: string; role: Role; jurisdictionCode: string; placeName: string };

/**
 * One account per role and level the benchmark scenarios act as, placed where the data is: the
 * first community with organizations, its street, district, city and province; and the transfer
 * writers, each linked to a generated volunteer of that district (the community's own first).
 */
export async function createBenchAccounts(database: Database, fieldKeys: FieldKeys, creator: string): Promise<BenchAccount[]> {
  const [first] = await database.query<{ code: string }>(
    `SELECT min(jurisdiction_code) AS code FROM organizations WHERE created_by = ${creator} AND status = 'active'`,
  );
  if (!first?.code) throw new Error('no generated organization to place the bench accounts at');
  const community = first.code;
  const places: { username: string; role: Role; jurisdictionCode: string }[] = [
    { username: 'bench-committee', role: 'committee', jurisdictionCode: community },
    { username: 'bench-street', role: 'street', jurisdictionCode: community.slice(0, 9) },
    { username: 'bench-district', role: 'bureau', jurisdictionCode: community.slice(0, 6) },
    { username: 'bench-city', role: 'bureau', jurisdictionCode: community.slice(0, 4) },
    { username: 'bench-province', role: 'bureau', jurisdictionCode: community.slice(0, 2) },
    { username: 'bench-admin', role: 'admin', jurisdictionCode: community.slice(0, 2) },
  ];
  const { senders, recipients } = await pickTransferVolunteers(database, community, creator);
  const writers = senders.map((sender, i) => ({ username: transferWriterName(i + 1), role: 'volunteer' as Role, jurisdictionCode: sender.jurisdictionCode }));
  const names = new Map((await database.query<{ code: string; name: string }>(
    'SELECT code, name FROM jurisdictions WHERE code = ANY($1)', [[...places, ...writers].map((p) => p.jurisdictionCode)],
  )).map((j) => [j.code, j.name]));
  const passwordHash = await hashPassword(benchPassword);
  const accounts = [...places, ...writers].map((p) => ({ ...p, placeName: names.get(p.jurisdictionCode) ?? p.jurisdictionCode }));

  const users = await withoutScope('bench data is written by the generator', () =>
    database.db.transaction(async (tx) => {
      const written = [];
      for (const account of accounts) {
        written.push(await insertUser(tx, fieldKeys, {
          username: account.username, displayName: `${account.placeName}（基准测试）`, role: account.role,
          jurisdictionCode: account.jurisdictionCode, passwordHash, mustChangePassword: false,
        }));
      }
      return written;
    }),
  );
  for (const [i, sender] of senders.entries()) {
    const user = users.find((u) => u.username === transferWriterName(i + 1))!;
    await database.query('UPDATE volunteers SET user_id = $3 WHERE district_code = $1 AND id = $2', [sender.districtCode, sender.id, user.id]);
    await prepareRecipient(database, fieldKeys, recipients[i], transferRecipientIdNumber(i + 1));
    await grantHours(database, sender.id, creator);
  }
  return accounts;
}

type PickedVolunteer = { id: string; districtCode: string; jurisdictionCode: string };

/**
 * The writers' volunteers and their relatives: generated volunteers of the community's district, the
 * community's own first. A sender has a time-bank account already (a confirmed service), so the grant
 * has an account to go to.
 */
async function pickTransferVolunteers(database: Database, community: string, creator: string) {
  const picked = await database.query<PickedVolunteer & { funded: boolean }>(
    `SELECT v.id, v.district_code AS "districtCode", v.jurisdiction_code AS "jurisdictionCode",
            EXISTS (SELECT 1 FROM ledger_accounts a WHERE a.district_code = v.district_code AND a.volunteer_id = v.id AND a.kind = 'time_bank') AS funded
     FROM volunteers v
     WHERE v.district_code = substr($1, 1, 6) AND v.enrolled_by = ${creator} AND v.status = 'active'
     ORDER BY v.jurisdiction_code = $1 DESC, v.id LIMIT $2`,
    [community, transferWriterCount * 6],
  );
  const senders = picked.filter((v) => v.funded).slice(0, transferWriterCount);
  const recipients = picked.filter((v) => !senders.includes(v)).slice(0, transferWriterCount);
  if (senders.length < transferWriterCount || recipients.length < transferWriterCount) {
    throw new Error(`the district of ${community} has too few generated volunteers for ${transferWriterCount} transfer writers`);
  }
  return { senders, recipients };
}

/** The recipient takes the ID number: on its record and in the platform-wide register. */
async function prepareRecipient(database: Database, fieldKeys: FieldKeys, recipient: PickedVolunteer, idNumber: string) {
  const index = blindIndex(fieldKeys, idNumber);
  await database.query(
    `WITH recipient AS (
       UPDATE volunteers SET id_number_enc = $3, id_number_index = $4 WHERE district_code = $1 AND id = $2 RETURNING id)
     UPDATE volunteer_id_numbers SET id_number_index = $4 FROM recipient WHERE volunteer_id_numbers.volunteer_id = recipient.id`,
    [recipient.districtCode, recipient.id, encryptField(fieldKeys, idNumber), index],
  );
}

/** A deposit of `benchGrantMinutes` into a writer's time bank, posted as the ledger posts any: a movement, two entries, the balances. */
async function grantHours(database: Database, volunteerId: string, creator: string) {
  await database.query(
    `WITH own AS (SELECT * FROM ledger_accounts WHERE volunteer_id = $1 AND kind = 'time_bank'),
     issued AS (SELECT a.* FROM ledger_accounts a, own WHERE a.district_code = own.district_code AND a.key = 'system:' || own.district_code || ':time_bank_issued'),
     movement AS (
       INSERT INTO ledger_movements (district_code, id, jurisdiction_code, unit, kind, idempotency_key, fingerprint, details, created_by, created_at)
       SELECT district_code, md5('bench-grant:' || $1)::uuid, jurisdiction_code, 'minutes', 'deposit', 'bench-grant:' || $1, md5('bench-grant'),
              jsonb_build_object('minutes', $2::int, 'reason', 'benchmark'), ${creator}, now() FROM own
       RETURNING district_code, id),
     entries AS (
       INSERT INTO ledger_entries (district_code, id, jurisdiction_code, account_id, movement_id, movement_district_code, movement_kind, amount, created_at)
       SELECT leg.district_code, md5('bench-grant:' || $1 || ':' || leg.id)::uuid, leg.jurisdiction_code, leg.id, m.id, m.district_code, 'deposit', leg.amount, now()
       FROM movement m, (SELECT *, $2::bigint AS amount FROM own UNION ALL SELECT *, -$2::bigint FROM issued) leg
       RETURNING account_id, amount)
     UPDATE ledger_accounts a SET balance = a.balance + e.amount, lifetime_deposited = a.lifetime_deposited + greatest(e.amount, 0)
     FROM entries e WHERE a.id = e.account_id`,
    [volunteerId, benchGrantMinutes],
  );
}
