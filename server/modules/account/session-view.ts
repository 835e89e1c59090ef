import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { ResolvedSession } from '../../platform/auth/sessions';
import { presentPolicies, inScope } from '../../platform/policy/policy';
import { passwordIsExpired } from '../../platform/http/request-context';
import { users } from '../users/users.tables';
import { presentUser } from '../users/users.present';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';

/** What the web app learns about its user at start and after sign-in. */
export async function sessionView(ctx: Ctx, session: ResolvedSession, csrfToken = session.csrfToken) {
  const { actor } = session;
  const [row] = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.districtCode, actor.districtCode), eq(users.id, actor.userId), inScope(actor, users)));
  const names = await jurisdictionNames(ctx.db, [row.jurisdictionCode]);
  return {
    user: { ...presentUser(row, ctx.services.fieldKeys), jurisdictionName: names.get(row.jurisdictionCode) },
    permissions: presentPolicies(actor),
    csrfToken,
    passwordExpired: passwordIsExpired(session, await ctx.services.settings.get('password.maxAgeDays')),
  };
}
