import type { Database } from '../../server/platform/db/database';
import type { FieldKeys } from '../../server/platform/crypto/sm';
import { hashPassword } from '../../server/platform/auth/passwords';
import { withoutScope } from '../../server/platform/db/scope-guard';
import type { Role } from '../../server/platform/policy/roles';
import { insertUser } from '../../server/modules/users/insert-user';
import { demoPassword } from '../../server/demo/demo-accounts';

/** The harness signs in with these; the same password as the demo accounts. */
export const benchPassword = demoPassword;

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
  await linkVolunteer(database, community, volunteerUser.id, creator);
  return accounts;
}

async function linkVolunteer(database: Database, community: string, userId: string, creator: string) {
  await database.query(
    `UPDATE volunteers SET user_id = $2 WHERE district_code = substr($1, 1, 6) AND id = (
       SELECT v.id FROM volunteers v
       WHERE v.district_code = substr($1, 1, 6) AND v.jurisdiction_code = $1 AND v.enrolled_by = ${creator}
         AND EXISTS (SELECT 1 FROM service_records r WHERE r.volunteer_district_code = v.district_code AND r.volunteer_id = v.id)
       ORDER BY v.id LIMIT 1)`,
    [community, userId],
  );
}
