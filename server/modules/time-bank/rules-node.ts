import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { findNode } from '../jurisdictions/jurisdiction-queries';

/** The node whose rules are read or set: inside the actor's subtree (else 403) and in the tree (else 404). */
export async function findNodeInScope(ctx: ActorCtx, code: string) {
  await authorize(ctx, 'jurisdictionSetting.update', { jurisdictionCode: code });
  const node = await findNode(ctx.db, code);
  if (!node) throw new NotFoundError('jurisdictionUnknown', { code });
  return node;
}
