import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { listMajorActivities } from './list-major-activities';
import { reportMajorActivity } from './report-major-activity';
import { getMajorActivity } from './get-major-activity';
import { reviewMajorActivity } from './review-major-activity';
import { withdrawMajorActivity } from './withdraw-major-activity';
import { majorActivityKindNames } from './major-activity-kinds';
import { acknowledgerNames } from './major-activity-scope';
import {
  listMajorActivitiesQuerySchema, majorActivityIdParamsSchema, reportMajorActivityBodySchema, reviewMajorActivityBodySchema,
} from './major-activities.schemas';

const tags = ['major activities 重大活动报告'];
const stateNames = { submitted: '待阅知', returned: '已退回', acknowledged: '已阅知', withdrawn: '已撤回' } as const;

export async function majorActivitiesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/major-activities', {
    schema: { tags, summary: '重大活动报告列表（未开始的在前）', querystring: listMajorActivitiesQuerySchema },
  }, async (request, reply) => {
    const result = await listMajorActivities({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '重大活动报告', {
      name: '重大活动报告',
      rows: result.items,
      columns: [
        { header: '活动名称', key: 'title', value: (a) => a.title },
        { header: '活动类型', key: 'kind', value: (a) => majorActivityKindNames[a.kind] },
        { header: '组织名称', key: 'organization', value: (a) => a.organizationName },
        { header: '所在社区', key: 'place', value: (a) => a.placeName },
        { header: '活动地点', key: 'venue', value: (a) => a.venue },
        { header: '开始时间', key: 'startsAt', value: (a) => new Date(a.startsAt) },
        { header: '结束时间', key: 'endsAt', value: (a) => new Date(a.endsAt) },
        { header: '预计参加人数', key: 'expectedParticipants', value: (a) => a.expectedParticipants },
        { header: '阅知单位', key: 'acknowledger', value: (a) => acknowledgerNames[a.acknowledgerLevel] },
        { header: '状态', key: 'state', value: (a) => stateNames[a.state] },
        { header: '逾期报告', key: 'late', value: (a) => (a.late ? '是' : '否') },
        { header: '报告时间', key: 'reportedAt', value: (a) => new Date(a.reportedAt) },
      ],
    });
  });

  app.post('/api/major-activities', {
    schema: { tags, summary: '报告重大活动（组织负责人）', body: reportMajorActivityBodySchema },
  }, async (request) => reportMajorActivity({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/major-activities/:id', {
    schema: { tags, summary: '重大活动报告详情', params: majorActivityIdParamsSchema },
  }, async (request) => getMajorActivity({ ctx: actorCtx(request), id: request.params.id }));

  app.post('/api/major-activities/:id/review', {
    schema: { tags, summary: '阅知或退回重大活动报告（社区或街道）', params: majorActivityIdParamsSchema, body: reviewMajorActivityBodySchema },
  }, async (request) => reviewMajorActivity({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/major-activities/:id/withdraw', {
    schema: { tags, summary: '撤回重大活动报告（活动开始前）', params: majorActivityIdParamsSchema },
  }, async (request) => withdrawMajorActivity({ ctx: actorCtx(request), id: request.params.id }));
}
