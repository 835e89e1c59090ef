import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { pageWindow } from '../../platform/http/list';
import { readNotices } from './notice-rows';
import type { listNoticesQuerySchema } from './spot-checks.schemas';

/** Notices, letters and talks, newest first; `state=overdue` lists rectifications past their deadline. */
export async function listSupervisionNotices({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listNoticesQuerySchema> }) {
  await authorize(ctx, 'supervisionNotice.read');
  const { items, total } = await readNotices(ctx, input, pageWindow(input));
  return { items, total, page: input.page, pageSize: input.pageSize };
}
