import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendPdf } from '../../platform/http/pdf-reply';
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
import { startChange } from './start-change';
import { startGuidedFiling } from './start-guided-filing';
import { commendationLetterPdf, terminationApplicationPdf } from './termination-pdfs';
import { startTermination } from './start-termination';
import { startRevocation } from './start-revocation';
import { saveMeetingRecord } from './save-meeting-record';
import {
  organizationCaseParamsSchema, startRevocationBodySchema, startTerminationBodySchema, saveMeetingBodySchema,
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

  const started = { 200: z.object({ filingId: z.uuid(), organizationId: z.uuid() }) };

  app.post('/api/organizations/:id/changes', {
    schema: { tags, summary: '发起变更备案（以现备案内容为底稿）', params: organizationCaseParamsSchema, response: started },
  }, async (request) => startChange({ ctx: actorCtx(request), organizationId: request.params.id }));

  app.post('/api/organizations/:id/filings', {
    schema: { tags, summary: '社区指导类组织转为备案（在原组织上发起备案）', params: organizationCaseParamsSchema, response: started },
  }, async (request) => startGuidedFiling({ ctx: actorCtx(request), organizationId: request.params.id }));

  app.post('/api/organizations/:id/terminations', {
    schema: { tags, summary: '发起退出（附成员会议表决记录）', params: organizationCaseParamsSchema, body: startTerminationBodySchema, response: started },
  }, async (request) => startTermination({ ctx: actorCtx(request), organizationId: request.params.id, input: request.body }));

  app.post('/api/organizations/:id/revocations', {
    schema: { tags, summary: '拟撤销备案（街道，须说明事由）', params: organizationCaseParamsSchema, body: startRevocationBodySchema, response: started },
  }, async (request) => startRevocation({ ctx: actorCtx(request), organizationId: request.params.id, input: request.body }));

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

  app.put('/api/filings/:id/meeting', {
    schema: { tags, summary: '修改退出的成员会议记录（退回补正后）', params: filingIdParamsSchema, body: saveMeetingBodySchema, response: { 204: z.null() } },
  }, async (request, reply) => {
    await saveMeetingRecord({ ctx: actorCtx(request), id: request.params.id, input: request.body });
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
    return sendPdf(reply, `备案证书-${pdf.number}`, pdf.content);
  });

  app.get('/api/filings/:id/termination-application.pdf', {
    schema: { tags, summary: '终止活动申请书 PDF（由成员会议记录生成）', params: filingIdParamsSchema },
  }, async (request, reply) => sendPdf(reply, '终止活动申请书', await terminationApplicationPdf({ ctx: actorCtx(request), id: request.params.id })));

  app.get('/api/filings/:id/commendation.pdf', {
    schema: { tags, summary: '表扬信 PDF（退出办结后，可选）', params: filingIdParamsSchema },
  }, async (request, reply) => sendPdf(reply, '表扬信', await commendationLetterPdf({ ctx: actorCtx(request), id: request.params.id })));

  app.post('/api/filings/:id/transitions', {
    schema: {
      tags, summary: '办理（提交、初审、审核、退回、不予备案）', params: filingIdParamsSchema, body: transitionBodySchema,
      response: { 200: z.object({ from: z.string(), to: z.string() }) },
    },
  }, async (request) => takeFilingAction({ ctx: actorCtx(request), id: request.params.id, input: request.body }));
}
