import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { dormantWebZh } from '../../../common/i18n/supervision/dormant';
import { listDormantProposals } from './list-dormant-proposals';
import { getDormantProposal } from './get-dormant-proposal';
import { decideDormantProposal } from './decide-dormant-proposal';
import { listContactAttempts } from './list-contact-attempts';
import { recordContactAttempt } from './record-contact-attempt';
import { decideProposalBodySchema, idParamsSchema, listProposalsQuerySchema, recordContactAttemptBodySchema } from './dormant.schemas';

const tags = ['dormant clean-up 僵尸型社会组织清理'];

export async function dormantRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/dormant-proposals', {
    schema: { tags, summary: '僵尸型社会组织清理对象（管辖范围内）', querystring: listProposalsQuerySchema },
  }, async (request, reply) => {
    const result = await listDormantProposals({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '僵尸型社会组织清理', {
      name: '僵尸型清理',
      rows: result.items,
      columns: [
        { header: '组织名称', key: 'name', value: (p) => p.organizationName },
        { header: '类别', key: 'class', value: (p) => dormantWebZh.orgClasses[p.orgClass] },
        { header: '社区/村', key: 'place', value: (p) => p.placeName },
        { header: '情形', key: 'criteria', value: (p) => p.criteria.map((c) => c.detail).join('；') },
        { header: '列入时间', key: 'proposedAt', value: (p) => p.proposedAt.slice(0, 10) },
        { header: '状态', key: 'state', value: (p) => dormantWebZh.states[p.state] },
        { header: '决定说明', key: 'note', value: (p) => p.decisionNote },
        { header: '决定人', key: 'decidedBy', value: (p) => p.decidedByName },
      ],
    });
  });

  app.get('/api/dormant-proposals/:id', {
    schema: { tags, summary: '清理对象详情', params: idParamsSchema },
  }, async (request) => getDormantProposal({ ctx: actorCtx(request), id: request.params.id }));

  app.post('/api/dormant-proposals/:id/decision', {
    schema: { tags, summary: '作出清理决定：注销、限期整改、激活或不予清理', params: idParamsSchema, body: decideProposalBodySchema },
  }, async (request) => decideDormantProposal({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.get('/api/organizations/:id/contact-attempts', {
    schema: { tags, summary: '组织的联系记录', params: idParamsSchema },
  }, async (request) => listContactAttempts({ ctx: actorCtx(request), organizationId: request.params.id }));

  app.post('/api/organizations/:id/contact-attempts', {
    schema: { tags, summary: '记录一次联系（电话、上门、函件）', params: idParamsSchema, body: recordContactAttemptBodySchema },
  }, async (request) => recordContactAttempt({ ctx: actorCtx(request), organizationId: request.params.id, input: request.body }));
}
