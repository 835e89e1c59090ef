import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { sendPdf } from '../../platform/http/pdf-reply';
import { organizationIdParamsSchema } from '../organizations/organizations.schemas';
import { listRounds } from './list-rounds';
import { openRound } from './open-round';
import { getRound } from './get-round';
import { addEvaluators } from './add-evaluators';
import { reissueEvaluatorLink } from './reissue-evaluator-link';
import { closeRound } from './close-round';
import { listRoundResults } from './list-round-results';
import { roundResultsPdf } from './round-results-pdf';
import { getOrganizationSatisfaction } from './get-organization-satisfaction';
import { listExitReviews } from './list-exit-reviews';
import { getBallot } from './get-ballot';
import { submitBallot } from './submit-ballot';
import { kindZh, ratingZh } from './result-paper';
import { evaluatorKinds } from './satisfaction.tables';
import {
  addSatisfactionEvaluatorsBodySchema, ballotParamsSchema, exitReviewsQuerySchema, listSatisfactionRoundsQuerySchema, openSatisfactionRoundBodySchema,
  satisfactionEvaluatorParamsSchema, satisfactionResultsQuerySchema, satisfactionRoundIdParamsSchema, submitBallotBodySchema,
} from './satisfaction.schemas';

const tags = ['satisfaction 满意度测评'];
const stateZh = { open: '测评中', closed: '已结束' } as const;

export async function satisfactionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/satisfaction-rounds', {
    schema: { tags, summary: '满意度测评轮次（管辖范围内）', querystring: listSatisfactionRoundsQuerySchema },
  }, async (request, reply) => {
    const result = await listRounds({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '满意度测评', {
      name: '满意度测评',
      rows: result.items,
      columns: [
        { header: '测评名称', key: 'title', value: (r) => r.title },
        { header: '发起单位', key: 'place', value: (r) => r.placeName },
        { header: '开始日期', key: 'opensOn', value: (r) => r.opensOn },
        { header: '结束日期', key: 'closesOn', value: (r) => r.closesOn },
        { header: '测评对象数', key: 'organizations', value: (r) => r.organizationCount },
        { header: '测评人数', key: 'evaluators', value: (r) => r.evaluatorCount },
        { header: '已提交', key: 'submitted', value: (r) => r.submittedCount },
        { header: '状态', key: 'state', value: (r) => stateZh[r.state] },
      ],
    });
  });

  app.post('/api/satisfaction-rounds', {
    schema: { tags, summary: '发起满意度测评（本社区或本街道的组织）', body: openSatisfactionRoundBodySchema },
  }, async (request) => openRound({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/satisfaction-rounds/:id', {
    schema: { tags, summary: '测评轮次（含测评对象和测评人）', params: satisfactionRoundIdParamsSchema },
  }, async (request) => getRound({ ctx: actorCtx(request), id: request.params.id }));

  app.post('/api/satisfaction-rounds/:id/evaluators', {
    schema: { tags, summary: '添加测评人（返回每人的测评链接，仅此一次）', params: satisfactionRoundIdParamsSchema, body: addSatisfactionEvaluatorsBodySchema },
  }, async (request) => addEvaluators({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/satisfaction-rounds/:id/evaluators/:evaluatorId/link', {
    schema: { tags, summary: '重新发放测评链接（原链接作废）', params: satisfactionEvaluatorParamsSchema },
  }, async (request) => reissueEvaluatorLink({ ctx: actorCtx(request), id: request.params.id, evaluatorId: request.params.evaluatorId }));

  app.post('/api/satisfaction-rounds/:id/close', {
    schema: { tags, summary: '结束测评并计算结果', params: satisfactionRoundIdParamsSchema },
  }, async (request) => closeRound({ ctx: actorCtx(request), id: request.params.id }));

  app.get('/api/satisfaction-rounds/:id/results', {
    schema: { tags, summary: '测评结果（按排名）', params: satisfactionRoundIdParamsSchema, querystring: satisfactionResultsQuerySchema },
  }, async (request, reply) => {
    const result = await listRoundResults({ ctx: actorCtx(request), id: request.params.id, input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, `${result.round.title}结果`, {
      name: '测评结果',
      rows: result.items,
      columns: [
        { header: '排名', key: 'rank', value: (r) => r.rank },
        { header: '组织名称', key: 'name', value: (r) => r.organizationName },
        { header: '所在地', key: 'place', value: (r) => r.placeName },
        ...evaluatorKinds.map((k) => ({ header: kindZh[k], key: k, value: (r: (typeof result.items)[number]) => r.byKind[k] ?? null })),
        ...result.round.items.map((item) => ({ header: item.label, key: `item_${item.key}`, value: (r: (typeof result.items)[number]) => r.byItem[item.key] ?? null })),
        { header: '综合得分', key: 'score', value: (r) => r.score },
        { header: '等次', key: 'rating', value: (r) => ratingZh[r.rating] },
        { header: '参评人数', key: 'evaluators', value: (r) => r.evaluatorCount },
        { header: '退出评估', key: 'exitReview', value: (r) => (r.exitReview ? '是' : '') },
      ],
    });
  });

  app.get('/api/satisfaction-rounds/:id/results.pdf', {
    schema: { tags, summary: '测评结果（PDF）', params: satisfactionRoundIdParamsSchema },
  }, async (request, reply) => {
    const pdf = await roundResultsPdf({ ctx: actorCtx(request), id: request.params.id });
    return sendPdf(reply, `${pdf.title}结果`, pdf.content);
  });

  app.get('/api/organizations/:id/satisfaction', {
    schema: { tags, summary: '组织的满意度测评结果（最新在前）', params: organizationIdParamsSchema },
  }, async (request) => getOrganizationSatisfaction({ ctx: actorCtx(request), id: request.params.id }));

  app.get('/api/satisfaction-exit-reviews', {
    schema: { tags, summary: '连续两轮“不满意”、列入退出评估的组织', querystring: exitReviewsQuerySchema },
  }, async (request, reply) => {
    const result = await listExitReviews({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '退出评估', {
      name: '退出评估',
      rows: result.items,
      columns: [
        { header: '组织名称', key: 'name', value: (r) => r.organizationName },
        { header: '所在地', key: 'place', value: (r) => r.placeName },
        { header: '测评', key: 'round', value: (r) => r.roundTitle },
        { header: '综合得分', key: 'score', value: (r) => r.score },
        { header: '排名', key: 'rank', value: (r) => r.rank },
        { header: '测评结束', key: 'closedAt', value: (r) => new Date(r.closedAt) },
      ],
    });
  });

  app.get('/api/public/satisfaction/:districtCode/:token', {
    config: { public: true },
    schema: { tags, summary: '测评人打开测评页（凭个人链接，无需登录）', security: [], params: ballotParamsSchema },
  }, async (request) => getBallot({ ctx: request.ctx, link: request.params }));

  app.post('/api/public/satisfaction/:districtCode/:token', {
    config: { public: true },
    schema: { tags, summary: '提交测评（每个组织的每一项都须评分，只能提交一次）', security: [], params: ballotParamsSchema, body: submitBallotBodySchema },
  }, async (request) => submitBallot({ ctx: request.ctx, link: request.params, input: request.body }));
}
