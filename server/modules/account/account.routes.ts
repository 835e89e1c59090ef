import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorCtx } from '../../platform/http/request-context';
import { sessionCookieName } from '../../platform/auth/sessions';
import { setSessionCookie } from '../../platform/http/session-cookie';
import { logIn } from './log-in';
import { logOut } from './log-out';
import { changePassword } from './change-password';
import { endAllMySessions, listMySessions } from './my-sessions';
import { sessionView } from './session-view';
import { changePasswordBodySchema, logInBodySchema, mySessionSchema, sessionViewSchema } from './account.schemas';

const tags = ['account 账号'];

export async function accountRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post('/api/auth/login', {
    config: { public: true },
    schema: { tags, summary: '登录', body: logInBodySchema, response: { 200: sessionViewSchema } },
  }, async (request, reply) => {
    const { cookieValue, session } = await logIn({ ctx: request.ctx, input: request.body });
    setSessionCookie(reply, request.ctx, cookieValue);
    return sessionView(request.ctx, session);
  });

  app.get('/api/auth/session', {
    config: { allowExpiredPassword: true },
    schema: { tags, summary: '当前会话与权限', response: { 200: sessionViewSchema } },
  }, async (request) => sessionView(request.ctx, request.session!));

  app.post('/api/auth/logout', {
    config: { allowExpiredPassword: true },
    schema: { tags, summary: '退出登录', response: { 204: z.null() } },
  }, async (request, reply) => {
    await logOut({ ctx: actorCtx(request) });
    reply.clearCookie(sessionCookieName, { path: '/' });
    return reply.code(204).send(null);
  });

  app.post('/api/auth/password', {
    config: { allowExpiredPassword: true },
    schema: { tags, summary: '修改密码', body: changePasswordBodySchema, response: { 204: z.null() } },
  }, async (request, reply) => {
    await changePassword({ ctx: actorCtx(request), input: request.body });
    return reply.code(204).send(null);
  });

  app.get('/api/auth/sessions', {
    schema: { tags, summary: '我的会话', response: { 200: z.object({ items: z.array(mySessionSchema) }) } },
  }, async (request) => ({ items: await listMySessions({ ctx: actorCtx(request) }) }));

  app.post('/api/auth/sessions/end-all', {
    config: { allowExpiredPassword: true },
    schema: { tags, summary: '退出所有设备', response: { 200: z.object({ ended: z.number() }) } },
  }, async (request, reply) => {
    const result = await endAllMySessions({ ctx: actorCtx(request) });
    reply.clearCookie(sessionCookieName, { path: '/' });
    return result;
  });
}
