import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { findNotice } from './find-notice';

export async function getSupervisionNotice({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'supervisionNotice.read');
  return (await findNotice(ctx, id)).item;
}
