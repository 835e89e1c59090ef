import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { jobDefinitions } from '../../jobs';

/** The scheduled jobs and their crons (Asia/Shanghai), for the admin's run-now card. */
export async function listJobs({ ctx }: { ctx: ActorCtx }) {
  await authorize(ctx, 'job.run');
  return { items: jobDefinitions.map((j) => ({ name: j.name, cron: j.cron ?? null, acceptsAsOf: Boolean(j.acceptsAsOf) })) };
}
