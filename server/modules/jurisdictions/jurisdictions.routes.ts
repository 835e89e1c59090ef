import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorCtx } from '../../platform/http/request-context';
import { listResponseSchema } from '../../platform/http/list';
import { readUpload } from '../../platform/http/upload';
import { buildTemplate } from '../../platform/excel/import';
import { listChildren, listRoots } from './list-children';
import { getJurisdiction } from './get-jurisdiction';
import { searchJurisdictions } from './search-jurisdictions';
import { updateJurisdiction } from './update-jurisdiction';
import { importJurisdictionStats, jurisdictionStatsImport } from './jurisdiction-stats-import';
import {
  codeParamsSchema, jurisdictionDetailSchema, jurisdictionNodeSchema, searchJurisdictionsQuerySchema,
  updateJurisdictionBodySchema,
} from './jurisdictions.schemas';

const tags = ['jurisdictions 行政区划'];
const nodeList = z.object({ items: z.array(jurisdictionNodeSchema) });
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function jurisdictionsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/jurisdictions/roots', {
    schema: { tags, summary: '我的管辖根节点', response: { 200: nodeList } },
  }, async (request) => listRoots({ ctx: actorCtx(request) }));

  app.get('/api/jurisdictions', {
    schema: {
      tags, summary: '按名称或代码搜索（管辖范围内）', querystring: searchJurisdictionsQuerySchema,
      response: { 200: listResponseSchema(jurisdictionNodeSchema.extend({ pathNames: z.string() })) },
    },
  }, async (request) => searchJurisdictions({ ctx: actorCtx(request), input: request.query }));

  app.get('/api/jurisdictions/stats-import/template', {
    schema: { tags, summary: '户数与人口导入模板（Excel）' },
  }, async (_request, reply) => {
    const buffer = await buildTemplate(jurisdictionStatsImport);
    return reply.type(xlsx)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('户数与常住人口导入模板.xlsx')}`)
      .send(buffer);
  });

  app.post('/api/jurisdictions/stats-import', {
    schema: { tags, summary: '导入户数与常住人口（全部成功或全部不导入）', consumes: ['multipart/form-data'], response: { 200: z.object({ imported: z.number() }) } },
  }, async (request) => {
    const ctx = actorCtx(request);
    const readFile = async () => (await readUpload(request, await ctx.services.settings.get('attachments.maxBytes'))).content;
    return importJurisdictionStats({ ctx, readFile });
  });

  app.get('/api/jurisdictions/:code', {
    schema: { tags, summary: '区划详情与上级路径', params: codeParamsSchema, response: { 200: jurisdictionDetailSchema } },
  }, async (request) => getJurisdiction({ ctx: actorCtx(request), code: request.params.code }));

  app.get('/api/jurisdictions/:code/children', {
    schema: { tags, summary: '下级区划', params: codeParamsSchema, response: { 200: nodeList } },
  }, async (request) => listChildren({ ctx: actorCtx(request), code: request.params.code }));

  app.patch('/api/jurisdictions/:code', {
    schema: { tags, summary: '修改城乡类型、户数、常住人口', params: codeParamsSchema, body: updateJurisdictionBodySchema, response: { 200: jurisdictionNodeSchema } },
  }, async (request) => updateJurisdiction({ ctx: actorCtx(request), code: request.params.code, input: request.body }));
}
