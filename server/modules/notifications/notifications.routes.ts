import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorCtx } from '../../platform/http/request-context';
import { listQuerySchema } from '../../platform/http/list';
import { listMyNotifications, markAllRead, markRead, unreadCount } from './my-notifications';

const tags = ['notifications 消息通知'];
const notificationSchema = z.object({
  id: z.string(), title: z.string(), body: z.string().nullable(), link: z.string().nullable(),
  readAt: z.string().nullable(), createdAt: z.string(),
});

export async function notificationsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/notifications', {
    schema: {
      tags, summary: '我的消息',
      querystring: listQuerySchema.pick({ page: true, pageSize: true }).extend({ unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional() }),
      response: { 200: z.object({ items: z.array(notificationSchema), total: z.number(), page: z.number(), pageSize: z.number(), unreadCount: z.number() }) },
    },
  }, async (request) => listMyNotifications({ ctx: actorCtx(request), input: request.query }));

  app.get('/api/notifications/unread-count', {
    schema: { tags, summary: '未读消息数', response: { 200: z.object({ count: z.number() }) } },
  }, async (request) => ({ count: await unreadCount(actorCtx(request)) }));

  app.post('/api/notifications/:id/read', {
    schema: { tags, summary: '标记已读', params: z.object({ id: z.uuid() }), response: { 204: z.null() } },
  }, async (request, reply) => {
    await markRead({ ctx: actorCtx(request), id: request.params.id });
    return reply.code(204).send(null);
  });

  app.post('/api/notifications/read-all', {
    schema: { tags, summary: '全部标记已读', response: { 200: z.object({ marked: z.number() }) } },
  }, async (request) => markAllRead({ ctx: actorCtx(request) }));
}
