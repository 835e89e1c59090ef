import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import type { ErrorKey } from '../../../common/i18n';
import { ValidationError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { users } from '../users/users.tables';

type Checked = { providerUserId?: string | null; limitCount?: number | null; limitPeriod?: string | null };

/**
 * Cross-field rules of an item as it will be saved: a limit needs both its count and its period,
 * and the provider's account must be an active account inside the actor's subtree (any role).
 */
export async function checkRewardItem(ctx: ActorCtx, item: Checked) {
  const errors: { path: string; key: ErrorKey }[] = [];
  if ((item.limitCount == null) !== (item.limitPeriod == null)) errors.push({ path: item.limitCount == null ? 'limitCount' : 'limitPeriod', key: 'rewardLimitPair' });
  if (item.providerUserId) {
    const [account] = await ctx.db.select({ id: users.id }).from(users)
      .where(and(eq(users.id, item.providerUserId), eq(users.status, 'active'), inScope(ctx.actor, users)));
    if (!account) errors.push({ path: 'providerUserId', key: 'rewardProviderUnknown' });
  }
  if (errors.length) throw new ValidationError('validation', {}, errors);
}
