import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { listOrganizations } from './list-organizations';
import { recordGuided, recordRegistered } from './record-organization';
import { getOrganization } from './get-organization';
import { listOrganizationsQuerySchema, organizationIdParamsSchema, recordGuidedBodySchema, recordRegisteredBodySchema } from './organizations.schemas';

const tags = ['organizations 社区社会组织'];
const classZh = { registered: '依法登记', filed: '备案', guided: '社区指导' } as const;
const statusZh = { draft: '备案中', active: '正常', terminated: '已退出', revoked: '已撤销', rejected: '不予备案' } as const;

export async function organizationsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/organizations', {
    schema: { tags, summary: '组织列表（管辖范围内）', querystring: listOrganizationsQuerySchema },
  }, async (request, reply) => {
    const result = await listOrganizations({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '社区社会组织名录', {
      name: '组织名录',
      rows: result.items,
      columns: [
        { header: '组织名称', key: 'name', value: (o) => o.name },
        { header: '类型', key: 'orgClass', value: (o) => classZh[o.orgClass] },
        { header: '类别', key: 'category', value: (o) => o.category },
        { header: '状态', key: 'status', value: (o) => statusZh[o.status] },
        { header: '街道/乡镇', key: 'street', value: (o) => o.streetName },
        { header: '社区/村', key: 'place', value: (o) => o.placeName },
        { header: '区划代码', key: 'code', value: (o) => o.jurisdictionCode },
        { header: '成员数', key: 'members', value: (o) => o.memberCount },
        { header: '负责人', key: 'leader', value: (o) => o.leaderName },
        { header: '备案证书编号', key: 'certificate', value: (o) => o.certificateNumber },
        { header: '统一社会信用代码', key: 'creditCode', value: (o) => o.creditCode },
        { header: '枢纽型', key: 'hub', value: (o) => (o.isHub ? '是' : '否') },
      ],
    });
  });

  app.get('/api/organizations/:id', {
    schema: { tags, summary: '组织详情（基本信息、章程、花名册、办理记录、证书）', params: organizationIdParamsSchema },
  }, async (request) => getOrganization({ ctx: actorCtx(request), id: request.params.id }));

  app.post('/api/organizations/registered', {
    schema: { tags, summary: '录入依法登记的组织（民政局）', body: recordRegisteredBodySchema, response: { 200: z.object({ id: z.uuid() }) } },
  }, async (request) => recordRegistered({ ctx: actorCtx(request), input: request.body }));

  app.post('/api/organizations/guided', {
    schema: { tags, summary: '录入社区指导的小型组织（居/村委会）', body: recordGuidedBodySchema, response: { 200: z.object({ id: z.uuid() }) } },
  }, async (request) => recordGuided({ ctx: actorCtx(request), input: request.body }));
}
