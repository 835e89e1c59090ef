import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { listJobs } from './list-jobs';
import { runJob } from './run-job';
import { jobNameParamsSchema, listJobsResponseSchema, runJobBodySchema, runJobResponseSchema } from './jobs.schemas';

const tags = ['jobs 定时任务'];

export async function jobsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/jobs', {
    schema: { tags, summary: '定时任务列表（平台管理员）', response: { 200: listJobsResponseSchema } },
  }, async (request) => listJobs({ ctx: actorCtx(request) }));

  app.post('/api/jobs/:name/run', {
    schema: {
      tags, summary: '立即运行定时任务（可按某一时点运行，如公示期满处理）', params: jobNameParamsSchema, body: runJobBodySchema,
      response: { 200: runJobResponseSchema },
    },
  }, async (request) => runJob({ ctx: actorCtx(request), name: request.params.name, input: request.body }));
}
