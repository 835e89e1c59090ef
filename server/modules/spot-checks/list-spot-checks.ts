import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { pageWindow } from '../../platform/http/list';
import { readChecks } from './check-rows';
import type { listChecksQuerySchema } from './spot-checks.schemas';

/** Checks of organizations in the actor's subtree: a street sees those of its organizations, whoever drew them. */
export async function listSpotChecks({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listChecksQuerySchema> }) {
  await authorize(ctx, 'spotCheck.read');
  const { items, total } = await readChecks(ctx, input, pageWindow(input));
  return { items, total, page: input.page, pageSize: input.pageSize };
}
