import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { NotFoundError, ValidationError } from '../../platform/errors';
import { jobDefinitions } from '../../jobs';
import type { runJobBodySchema } from './jobs.schemas';

/** How far ahead `asOf` may reach: past any notice period or reminder window, not into fantasy. */
const maxAheadDays = 366;

/**
 * 立即运行: an admin runs a scheduled job now, in this request, instead of waiting for its cron.
 * A job that works "as of" a time (closing notices) may be given `asOf`: staff can close notices
 * that ended as of a date, and demos and browser journeys can fast-forward past a notice period.
 * The audit row is written first, so the run is on record even if the job then fails.
 */
export async function runJob({ ctx, name, input }: { ctx: ActorCtx; name: string; input: z.infer<typeof runJobBodySchema> }) {
  await authorize(ctx, 'job.run');
  const job = jobDefinitions.find((j) => j.name === name);
  if (!job) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Job' : '定时任务' });
  const asOf = input?.asOf ? new Date(input.asOf) : null;
  if (asOf && !job.acceptsAsOf) throw new ValidationError('validation', {}, [{ path: 'asOf', key: 'jobTakesNoAsOf' }]);
  if (asOf && asOf.getTime() > Date.now() + maxAheadDays * 86_400_000) {
    throw new ValidationError('validation', {}, [{ path: 'asOf', key: 'jobAsOfTooFar', params: { days: maxAheadDays } }]);
  }
  await ctx.db.transaction(async (tx) => {
    await recordAudit(tx, auditActor(ctx), { action: 'job.run', targetType: 'job', targetId: name, details: { asOf: asOf?.toISOString() ?? null } });
  });
  await job.run(ctx.services, asOf ? { asOf: asOf.toISOString() } : {});
  return { name, asOf: asOf?.toISOString() ?? null, ranAt: new Date().toISOString() };
}
