import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorCtx } from '../../platform/http/request-context';
import { caseTimeline } from '../../platform/workflow/runner';

const label = z.object({ zh: z.string(), en: z.string() });
const transitionSchema = z.object({
  id: z.string(), action: z.string(), actionLabel: label, fromState: z.string().nullable(), toState: z.string(), toStateLabel: label,
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(), opinion: z.string().nullable(), fieldsToFix: z.array(z.string()), attachmentIds: z.array(z.string()), at: z.string(),
});

export async function casesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/cases/:caseType/:caseId/timeline', {
    schema: {
      tags: ['cases 办件'], summary: '办件流转时间线',
      params: z.object({ caseType: z.string().regex(/^[a-z_]{2,40}$/), caseId: z.uuid() }),
      response: { 200: z.object({ items: z.array(transitionSchema) }) },
    },
  }, async (request) => ({ items: await caseTimeline(actorCtx(request), request.params.caseType, request.params.caseId) }));
}
