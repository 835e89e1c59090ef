import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorCtx } from '../../platform/http/request-context';
import { listQuerySchema } from '../../platform/http/list';
import { listOrganizationEvents } from './list-organization-events';

export async function orgTimelineRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/organizations/:id/timeline', {
    schema: {
      tags: ['organizations 组织'], summary: '组织监管记录（报告、测评、检查、名录、等级等）',
      params: z.object({ id: z.uuid() }), querystring: listQuerySchema.pick({ page: true, pageSize: true }),
    },
  }, async (request) => listOrganizationEvents({ ctx: actorCtx(request), organizationId: request.params.id, input: request.query }));
}
