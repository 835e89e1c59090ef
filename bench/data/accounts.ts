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
 * The relative the bench volunteer transfers hours to (the time-bank transfer scenario): a generated
 * volunteer of the same community given this real-form ID number and name, since the generated
 * people share one placeholder number that no look-up finds.
 */
const recipientFirst17 = '44180219750312002';
export const benchRecipient = { idNumber: recipientFirst17 + residentIdCheckCharacter(recipientFirst17), name: '陈秀兰' };

/** Minutes granted to the bench volunteer, so the transfer scenario never runs out of hours. */
const benchGrantMinutes = 100_000_000;

export type BenchAccount = { username: string; role: Role; jurisdictionCode: string; placeName: string };

/**
 * One account per role and level the benchmark scenarios act as, placed where the data is: the
 * first community with organizations, its street, district, city and province; the volunteer
 * account is linked to a generated volunteer of that community who has service records.
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
    { username: 'bench-volunteer', role: 'volunteer', jurisdictionCode: community },
  ];
  const names = new Map((await database.query<{ code: string; name: string }>(
    'SELECT code, name FROM jurisdictions WHERE code = ANY($1)', [places.map((p) => p.jurisdictionCode)],
  )).map((j) => [j.code, j.name]));
  const passwordHash = await hashPassword(benchPassword);
  const accounts = places.map((p) => ({ ...p, placeName: names.get(p.jurisdictionCode) ?? p.jurisdictionCode }));

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
  const volunteerUser = users.find((u) => u.role === 'volunteer')!;
  const sender = await linkVolunteer(database, community, volunteerUser.id, creator);
  await prepareRecipient(database, fieldKeys, community, sender, creator);
  await grantHours(database, sender, creator);
  return accounts;
}

async function linkVolunteer(database: Database, community: string, userId: string, creator: string): Promise<string> {
  const [linked] = await database.query<{ id: string }>(
    `UPDATE volunteers SET user_id = $2 WHERE district_code = substr($1, 1, 6) AND id = (
       SELECT v.id FROM volunteers v
       WHERE v.district_code = substr($1, 1, 6) AND v.jurisdiction_code = $1 AND v.enrolled_by = ${creator}
         AND EXISTS (SELECT 1 FROM service_records r WHERE r.volunteer_district_code = v.district_code AND r.volunteer_id = v.id)
       ORDER BY v.id LIMIT 1)
     RETURNING id`,
    [community, userId],
  );
  return linked.id;
}

/** Another volunteer of the community becomes `benchRecipient`: its ID number, its claim in the platform-wide register, its name. */
async function prepareRecipient(database: Database, fieldKeys: FieldKeys, community: string, sender: string, creator: string) {
  const index = blindIndex(fieldKeys, benchRecipient.idNumber);
  await database.query(
    `WITH recipient AS (
       UPDATE volunteers SET name = $3, id_number_enc = $4, id_number_index = $5
       WHERE district_code = substr($1, 1, 6) AND id = (
         SELECT id FROM volunteers WHERE district_code = substr($1, 1, 6) AND jurisdiction_code = $1 AND enrolled_by = ${creator} AND id <> $2
         ORDER BY id LIMIT 1)
       RETURNING id)
     UPDATE volunteer_id_numbers SET id_number_index = $5 FROM recipient WHERE volunteer_id_numbers.volunteer_id = recipient.id`,
    [community, sender, benchRecipient.name, encryptField(fieldKeys, benchRecipient.idNumber), index],
  );
}

/** A deposit of `benchGrantMinutes` into the sender's time bank, posted as the ledger posts any: a movement, two entries, the balances. */
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
       SELECT leg.district_code, md5('bench-grant:' || leg.id)::uuid, leg.jurisdiction_code, leg.id, m.id, m.district_code, 'deposit', leg.amount, now()
       FROM movement m, (SELECT *, $2::bigint AS amount FROM own UNION ALL SELECT *, -$2::bigint FROM issued) leg
       RETURNING account_id, amount)
     UPDATE ledger_accounts a SET balance = a.balance + e.amount, lifetime_deposited = a.lifetime_deposited + greatest(e.amount, 0)
     FROM entries e WHERE a.id = e.account_id`,
    [volunteerId, benchGrantMinutes],
  );
}
