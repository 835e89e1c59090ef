import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { listCreditEntries } from './list-credit-entries';
import { getCreditEntry } from './get-credit-entry';
import { enterCreditEntry } from './enter-credit-entry';
import { requestCreditChange } from './request-credit-change';
import { decideCreditRequest } from './decide-credit-request';
import { removeCreditListEntry } from './remove-credit-entry';
import { listPublicCreditEntries } from './list-public-credit-entries';
import {
  creditEntryIdParamsSchema, creditRequestBodySchema, creditRequestParamsSchema, decideCreditRequestBodySchema, enterCreditEntryBodySchema,
  listCreditEntriesQuerySchema, publicCreditListQuerySchema, removeCreditEntryBodySchema,
} from './credit-lists.schemas';

const tags = ['credit lists 信用名录'];

export async function creditListsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/credit-lists', {
    schema: { tags, summary: '活动异常名录与严重违法失信名单（管辖范围内）', querystring: listCreditEntriesQuerySchema },
  }, async (request, reply) => {
    const result = await listCreditEntries({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '信用名录', {
      name: '信用名录',
      rows: result.items,
      columns: [
        { header: '组织名称', key: 'name', value: (e) => e.organizationName },
        { header: '社区/村', key: 'place', value: (e) => e.placeName },
        { header: '名录', key: 'list', value: (e) => e.listName },
        { header: '列入事由', key: 'cause', value: (e) => e.causeLabel },
        { header: '具体情况', key: 'reason', value: (e) => e.reason },
        { header: '事由发生日期', key: 'causeOn', value: (e) => e.causeOn },
        { header: '列入日期', key: 'enteredOn', value: (e) => e.enteredOn },
        { header: '逾期列入', key: 'late', value: (e) => (e.enteredLate ? '是' : '否') },
        { header: '作出决定机关', key: 'authority', value: (e) => e.authorityName },
        { header: '依据', key: 'basis', value: (e) => e.basis },
        { header: '移出日期', key: 'removedOn', value: (e) => e.removedOn },
        { header: '移出原因', key: 'exit', value: (e) => e.exitLabel },
      ],
    });
  });

  app.post('/api/credit-lists', {
    schema: { tags, summary: '列入活动异常名录（未按期整改，或其他情形并说明理由）', body: enterCreditEntryBodySchema },
  }, async (request) => enterCreditEntry({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/credit-lists/:id', {
    schema: { tags, summary: '名录记录（含异议与信用修复申请）', params: creditEntryIdParamsSchema },
  }, async (request) => getCreditEntry({ ctx: actorCtx(request), id: request.params.id }));

  app.post('/api/credit-lists/:id/requests', {
    schema: { tags, summary: '提出异议或申请信用修复（组织）', params: creditEntryIdParamsSchema, body: creditRequestBodySchema },
  }, async (request) => requestCreditChange({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/credit-lists/:id/requests/:requestId/decision', {
    schema: { tags, summary: '对异议或信用修复申请作出决定', params: creditRequestParamsSchema, body: decideCreditRequestBodySchema },
  }, async (request) => decideCreditRequest({ ctx: actorCtx(request), ...request.params, input: request.body }));

  app.post('/api/credit-lists/:id/removal', {
    schema: { tags, summary: '列入情形已消除，移出活动异常名录', params: creditEntryIdParamsSchema, body: removeCreditEntryBodySchema },
  }, async (request) => removeCreditListEntry({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.get('/api/public/credit-lists', {
    config: { public: true },
    schema: { tags, summary: '信用名录公示（仍在名录中的组织）', security: [], querystring: publicCreditListQuerySchema },
  }, async (request) => listPublicCreditEntries({ ctx: request.ctx, input: request.query }));
}
