import { hashPassword } from '../../platform/auth/passwords';
import { withoutScope } from '../../platform/db/scope-guard';
import { residentIdCheckCharacter } from '../../platform/validators/resident-id';
import { demoPassword } from '../../demo/demo-accounts';
import type { TestApp, TestClient } from '../../test/test-app';
import { insertUser } from '../users/insert-user';
import { insertVolunteer } from './insert-volunteer';

/** A valid test resident ID: born on `birth` (YYYYMMDD), sequence n. */
export function volunteerIdNumber(n: number, birth = '19650401'): string {
  const first17 = `441802${birth}${String(300 + n).padStart(3, '0').slice(-3)}`;
  return first17 + residentIdCheckCharacter(first17);
}

/**
 * A volunteer with a portal account (`vol<n>`, the demo password), written directly so a test of
 * activities, records or the ledger needs no registration step. The demo account `volunteer`
 * (李秀兰, 高基里社区, born 1963) is one already.
 */
export async function newVolunteer(
  t: TestApp,
  n: number,
  over: { name?: string; jurisdictionCode?: string; birth?: string; skills?: string[] } = {},
): Promise<{ client: TestClient; volunteerId: string; userId: string; idNumber: string }> {
  const jurisdictionCode = over.jurisdictionCode ?? '441802006001';
  const idNumber = volunteerIdNumber(n, over.birth);
  const phone = `139${String(10_000_000 + n).slice(-8)}`;
  const passwordHash = await hashPassword(demoPassword);
  const { userId, volunteerId } = await withoutScope('test fixture', () => t.services.database.db.transaction(async (tx) => {
    const user = await insertUser(tx, t.services.fieldKeys, {
      username: `vol${n}`, displayName: over.name ?? `志愿者${n}`, phone, role: 'volunteer', jurisdictionCode, passwordHash, mustChangePassword: false,
    });
    const volunteer = await insertVolunteer(tx, t.services.fieldKeys, {
      name: over.name ?? `志愿者${n}`, idNumber, phone, jurisdictionCode, skills: over.skills ?? [], userId: user.id, source: 'self',
    });
    return { userId: user.id, volunteerId: volunteer.id };
  }));
  return { client: await t.login(`vol${n}`), volunteerId, userId, idNumber };
}
