import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorCtx } from '../../platform/http/request-context';
import { readUpload } from '../../platform/http/upload';
import { buildTemplate } from '../../platform/excel/import';
import { startFiling } from './start-filing';
import { saveFilingDraft } from './save-filing-draft';
import { importRoster, replaceRoster, rosterImport } from './roster';
import { takeFilingAction } from './take-filing-action';
import { listFilings, listFilingsQuerySchema } from './list-filings';
import { getFiling } from './get-filing';
import { answerObjection } from './answer-objection';
import { filingCertificatePdf } from './filing-certificate-pdf';
import { answerObjectionBodySchema, objectionParamsSchema } from './objections.schemas';
import {
  filingIdParamsSchema, replaceRosterBodySchema, saveDraftBodySchema, startFilingBodySchema, transitionBodySchema,
} from './filings.schemas';

const tags = ['filings 备案'];
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function filingsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/filings', {
    schema: { tags, summary: '备案事项列表与待办', querystring: listFilingsQuerySchema },
  }, async (request) => listFilings({ ctx: actorCtx(request), input: request.query }));

  app.post('/api/filings', {
    schema: { tags, summary: '发起备案（草稿）', body: startFilingBodySchema, response: { 200: z.object({ filingId: z.uuid(), organizationId: z.uuid() }) } },
  }, async (request) => startFiling({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/filings/roster-template', {
    schema: { tags, summary: '成员花名册导入模板（Excel）' },
  }, async (_request, reply) => reply.type(xlsx)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('成员花名册模板.xlsx')}`)
    .send(await buildTemplate(rosterImport)));

  app.get('/api/filings/:id', {
    schema: { tags, summary: '备案事项详情', params: filingIdParamsSchema },
  }, async (request) => getFiling({ ctx: actorCtx(request), id: request.params.id }));

  app.put('/api/filings/:id/draft', {
    schema: { tags, summary: '保存草稿（组织信息、章程）', params: filingIdParamsSchema, body: saveDraftBodySchema, response: { 204: z.null() } },
  }, async (request, reply) => {
    await saveFilingDraft({ ctx: actorCtx(request), id: request.params.id, input: request.body });
    return reply.code(204).send(null);
  });

  app.put('/api/filings/:id/roster', {
    schema: { tags, summary: '保存成员花名册', params: filingIdParamsSchema, body: replaceRosterBodySchema, response: { 200: z.object({ members: z.number() }) } },
  }, async (request) => replaceRoster({ ctx: actorCtx(request), id: request.params.id, members: request.body.members }));

  app.post('/api/filings/:id/roster/import', {
    schema: { tags, summary: '从 Excel 导入成员花名册（全部成功或全部不导入）', params: filingIdParamsSchema, consumes: ['multipart/form-data'], response: { 200: z.object({ members: z.number() }) } },
  }, async (request) => {
    const ctx = actorCtx(request);
    const readFile = async () => (await readUpload(request, await ctx.services.settings.get('attachments.maxBytes'))).content;
    return importRoster({ ctx, id: request.params.id, readFile });
  });

  app.post('/api/filings/:id/objections/:objectionId/answer', {
    schema: {
      tags, summary: '答复公示异议（驳回，或成立并退回/不予备案）', params: objectionParamsSchema, body: answerObjectionBodySchema,
      response: { 200: z.object({ status: z.enum(['dismissed', 'upheld']), state: z.string() }) },
    },
  }, async (request) => answerObjection({ ctx: actorCtx(request), filingId: request.params.id, objectionId: request.params.objectionId, input: request.body }));

  app.get('/api/filings/:id/certificate.pdf', {
    schema: { tags, summary: '备案证书 PDF', params: filingIdParamsSchema },
  }, async (request, reply) => {
    const pdf = await filingCertificatePdf({ ctx: actorCtx(request), id: request.params.id });
    return reply.type('application/pdf')
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(`备案证书-${pdf.number}.pdf`)}`)
      .send(pdf.content);
  });

  app.post('/api/filings/:id/transitions', {
    schema: {
      tags, summary: '办理（提交、初审、审核、退回、不予备案）', params: filingIdParamsSchema, body: transitionBodySchema,
      response: { 200: z.object({ from: z.string(), to: z.string() }) },
    },
  }, async (request) => takeFilingAction({ ctx: actorCtx(request), id: request.params.id, input: request.body }));
}
