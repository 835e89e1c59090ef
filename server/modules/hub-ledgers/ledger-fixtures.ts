import { creditCodeCheckCharacter, organizationCodeCheckCharacter } from '../../platform/validators';
import type { TestApp, TestClient } from '../../test/test-app';

/** A valid unified social credit code: 51 social group or 52 social service agency, registered in 清城区. */
export function testCreditCode(kind: '51' | '52', n: number): string {
  const body = String(10_000_000 + n);
  const first17 = `${kind}441802${body}${organizationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** A new staff account, signed in with a password of its own (the one-time password changed). */
export async function newStaff(t: TestApp, admin: TestClient, account: { username: string; role: string; jurisdictionCode: string }): Promise<TestClient> {
  const created = await admin.post('/api/users', { ...account, displayName: account.username });
  if (created.statusCode !== 200) throw new Error(`create ${account.username}: ${created.body}`);
  const { oneTimePassword } = created.json();
  const first = await t.login(account.username, oneTimePassword);
  await first.post('/api/auth/password', { currentPassword: oneTimePassword, newPassword: 'Qingxin#2026' });
  return t.login(account.username, 'Qingxin#2026');
}
