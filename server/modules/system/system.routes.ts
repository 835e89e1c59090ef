import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const tags = ['system 系统'];

export async function systemRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/health', {
    config: { public: true },
    schema: {
      tags, summary: '健康检查', security: [],
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']) }) },
    },
  }, async (request) => {
    await request.ctx.services.database.query('SELECT 1');
    return { status: 'ok' as const, database: request.ctx.services.database.kind };
  });

  app.get('/api/openapi.json', {
    config: { public: true },
    schema: { hide: true },
  }, async () => fastify.swagger());
}
