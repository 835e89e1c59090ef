import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { listRegistrationCandidates } from './list-registration-candidates';
import { getRegistrationCandidate } from './get-registration-candidate';
import { addRegistrationCandidate } from './add-registration-candidate';
import { updateRegistrationCandidate } from './update-registration-candidate';
import { addRegistrationVisit } from './add-registration-visit';
import { recordRegistrationOutcome } from './record-registration-outcome';
import {
  addRegistrationCandidateBodySchema, addRegistrationVisitBodySchema, listRegistrationCandidatesQuerySchema,
  recordRegistrationOutcomeBodySchema, registrationCandidateIdParamsSchema, updateRegistrationCandidateBodySchema,
} from './registration-ledger.schemas';

const tags = ['registration ledger 拟登记台账'];
const statusZh = { tracking: '培育跟踪中', registered: '已依法登记', dropped: '已移出台账' } as const;
const kindZh = (c: { isCandidate: boolean; isDemonstration: boolean }) =>
  [c.isCandidate && '拟登记', c.isDemonstration && '培育示范点'].filter(Boolean).join('、');

export async function registrationLedgerRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/registration-candidates', {
    schema: { tags, summary: '拟登记台账（管辖范围内）', querystring: listRegistrationCandidatesQuerySchema },
  }, async (request, reply) => {
    const result = await listRegistrationCandidates({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '拟登记台账', {
      name: '拟登记台账',
      rows: result.items,
      columns: [
        { header: '组织名称', key: 'name', value: (c) => c.organizationName },
        { header: '街道/乡镇', key: 'street', value: (c) => c.streetName },
        { header: '社区/村', key: 'place', value: (c) => c.placeName },
        { header: '成员数', key: 'members', value: (c) => c.memberCount },
        { header: '列入类型', key: 'kind', value: kindZh },
        { header: '列入理由', key: 'reason', value: (c) => c.reason },
        { header: '列入日期', key: 'listedAt', value: (c) => new Date(c.listedAt) },
        { header: '指导次数', key: 'visits', value: (c) => c.visitCount },
        { header: '最近指导', key: 'lastVisit', value: (c) => c.lastVisitOn },
        { header: '状态', key: 'status', value: (c) => statusZh[c.status] },
        { header: '统一社会信用代码', key: 'creditCode', value: (c) => (c.status === 'registered' ? c.creditCode : null) },
        { header: '登记日期', key: 'registeredOn', value: (c) => (c.status === 'registered' ? c.registeredOn : null) },
        { header: '结果说明', key: 'note', value: (c) => c.outcomeNote },
      ],
    });
  });

  app.post('/api/registration-candidates', {
    schema: { tags, summary: '列入拟登记台账（拟登记、培育示范点）', body: addRegistrationCandidateBodySchema },
  }, async (request) => addRegistrationCandidate({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/registration-candidates/:id', {
    schema: { tags, summary: '拟登记台账记录（含指导记录）', params: registrationCandidateIdParamsSchema },
  }, async (request) => getRegistrationCandidate({ ctx: actorCtx(request), id: request.params.id }));

  app.patch('/api/registration-candidates/:id', {
    schema: { tags, summary: '修改列入类型或理由', params: registrationCandidateIdParamsSchema, body: updateRegistrationCandidateBodySchema },
  }, async (request) => updateRegistrationCandidate({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/registration-candidates/:id/visits', {
    schema: { tags, summary: '记录指导', params: registrationCandidateIdParamsSchema, body: addRegistrationVisitBodySchema },
  }, async (request) => addRegistrationVisit({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/registration-candidates/:id/outcome', {
    schema: { tags, summary: '记录结果（已依法登记或移出台账）', params: registrationCandidateIdParamsSchema, body: recordRegistrationOutcomeBodySchema },
  }, async (request) => recordRegistrationOutcome({ ctx: actorCtx(request), id: request.params.id, input: request.body }));
}
