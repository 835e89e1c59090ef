import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorCtx } from '../../platform/http/request-context';
import { listResponseSchema } from '../../platform/http/list';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { roleNamesZh } from '../../platform/policy/role-names';
import { listUsers } from './list-users';
import { createUser } from './create-user';
import { updateUser } from './update-user';
import { resetPassword } from './reset-password';
import { revealPhone } from './reveal-phone';
import {
  createUserBodySchema, listUsersQuerySchema, updateUserBodySchema, userIdParamsSchema, userViewSchema,
} from './users.schemas';

const tags = ['users 用户'];

export async function usersRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/users', {
    schema: { tags, summary: '用户列表（管辖范围内）', querystring: listUsersQuerySchema, response: { 200: listResponseSchema(userViewSchema) } },
  }, async (request, reply) => {
    const result = await listUsers({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '用户列表', {
      name: '用户',
      rows: result.items,
      columns: [
        { header: '用户名', key: 'username', value: (u) => u.username },
        { header: '姓名', key: 'displayName', value: (u) => u.displayName },
        { header: '角色', key: 'role', value: (u) => roleNamesZh[u.role] },
        { header: '所在区划', key: 'jurisdiction', value: (u) => u.jurisdictionName ?? u.jurisdictionCode },
        { header: '区划代码', key: 'jurisdictionCode', value: (u) => u.jurisdictionCode },
        { header: '手机（脱敏）', key: 'phone', value: (u) => u.phoneMasked },
        { header: '状态', key: 'status', value: (u) => (u.status === 'active' ? '启用' : '停用') },
      ],
    });
  });

  app.post('/api/users', {
    schema: {
      tags, summary: '新建用户（返回一次性密码）', body: createUserBodySchema,
      response: { 200: z.object({ user: userViewSchema, oneTimePassword: z.string() }) },
    },
  }, async (request) => createUser({ ctx: actorCtx(request), input: request.body }));

  app.patch('/api/users/:id', {
    schema: { tags, summary: '修改用户', params: userIdParamsSchema, body: updateUserBodySchema, response: { 200: userViewSchema } },
  }, async (request) => updateUser({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/users/:id/reset-password', {
    schema: { tags, summary: '重置密码（一次性密码）', params: userIdParamsSchema, response: { 200: z.object({ oneTimePassword: z.string() }) } },
  }, async (request) => resetPassword({ ctx: actorCtx(request), id: request.params.id }));

  app.post('/api/users/:id/reveal-phone', {
    schema: { tags, summary: '查看完整手机号（留痕）', params: userIdParamsSchema, response: { 200: z.object({ phone: z.string().nullable() }) } },
  }, async (request) => revealPhone({ ctx: actorCtx(request), id: request.params.id }));
}
