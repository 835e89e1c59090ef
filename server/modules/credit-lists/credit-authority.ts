import type { ActorCtx } from '../../platform/context';
import { ForbiddenError } from '../../platform/errors';
import { inSubtree } from '../../platform/policy/policy';
import { authorityName } from '../jurisdictions/jurisdiction-names';
import type { CreditEntry } from './credit-entry-writes';

/**
 * An entry is decided by the authority that made it or one above it (a bureau over a street's entry);
 * a street cannot undo a bureau's. Answers the name to print on the decision.
 */
export async function decidingAuthority(ctx: ActorCtx, entry: CreditEntry): Promise<string> {
  if (!inSubtree(ctx.actor.jurisdictionCode, entry.authorityCode)) throw new ForbiddenError('creditListNotYourEntry');
  return authorityName(ctx.db, ctx.actor.jurisdictionCode);
}
