import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { listWorkReports } from './list-work-reports';
import { listMissingWorkReports } from './missing-work-reports';
import { listReportPeriods } from './report-periods';
import { prefillWorkReport } from './work-report-prefill';
import { submitWorkReport } from './submit-work-report';
import { getWorkReport } from './get-work-report';
import { amendWorkReport } from './amend-work-report';
import { reviewWorkReport } from './review-work-report';
import {
  listMissingWorkReportsQuerySchema, listWorkReportsQuerySchema, reviewWorkReportBodySchema, submitWorkReportBodySchema,
  workReportContentSchema, workReportIdParamsSchema, workReportPrefillParamsSchema,
} from './work-reports.schemas';

const tags = ['work reports 向村（社区）“两委”报告工作'];
const stateNames = { submitted: '待阅知', returned: '退回补充', acknowledged: '已阅知' } as const;

export async function workReportsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/work-reports', {
    schema: { tags, summary: '工作报告列表（社区、街道、民政局：辖区内；负责人：本人的组织）', querystring: listWorkReportsQuerySchema },
  }, async (request, reply) => {
    const result = await listWorkReports({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '社区社会组织向“两委”报告工作情况', {
      name: '工作报告',
      rows: result.items,
      columns: [
        { header: '期间', key: 'period', value: (r) => r.periodLabel },
        { header: '所在社区', key: 'place', value: (r) => r.placeName },
        { header: '组织名称', key: 'organization', value: (r) => r.organizationName },
        { header: '状态', key: 'state', value: (r) => stateNames[r.state] },
        { header: '开展活动（次）', key: 'activitiesHeld', value: (r) => r.activitiesHeld },
        { header: '参与人次', key: 'participants', value: (r) => r.participants },
        { header: '收入（元）', key: 'fundsIn', value: (r) => r.fundsInFen / 100 },
        { header: '支出（元）', key: 'fundsOut', value: (r) => r.fundsOutFen / 100 },
        { header: '报送时间', key: 'submittedAt', value: (r) => new Date(r.submittedAt) },
        { header: '阅知/退回时间', key: 'reviewedAt', value: (r) => (r.reviewedAt ? new Date(r.reviewedAt) : null) },
      ],
    });
  });

  app.get('/api/work-reports/periods', {
    schema: { tags, summary: '可报告的期间（按当前设置：季度、半年或年度）' },
  }, async (request) => listReportPeriods({ ctx: actorCtx(request) }));

  app.get('/api/work-reports/missing', {
    schema: { tags, summary: '未报告工作的组织（默认最近一个已结束的期间）', querystring: listMissingWorkReportsQuerySchema },
  }, async (request, reply) => {
    const result = await listMissingWorkReports({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, `${result.periodLabel}未报告工作的社区社会组织`, {
      name: '未报告',
      rows: result.items,
      columns: [
        { header: '所在社区', key: 'place', value: (o) => o.placeName },
        { header: '组织名称', key: 'organization', value: (o) => o.organizationName },
        { header: '报送截止', key: 'dueOn', value: () => result.dueOn },
      ],
    });
  });

  app.get('/api/organizations/:id/work-report-prefill/:period', {
    schema: { tags, summary: '填写工作报告：平台已有的本期活动数据', params: workReportPrefillParamsSchema },
  }, async (request) => prefillWorkReport({ ctx: actorCtx(request), input: { organizationId: request.params.id, period: request.params.period } }));

  app.post('/api/work-reports', {
    schema: { tags, summary: '报送工作报告（组织负责人）', body: submitWorkReportBodySchema },
  }, async (request) => submitWorkReport({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/work-reports/:id', {
    schema: { tags, summary: '工作报告详情', params: workReportIdParamsSchema },
  }, async (request) => getWorkReport({ ctx: actorCtx(request), id: request.params.id }));

  app.put('/api/work-reports/:id', {
    schema: { tags, summary: '补充退回的工作报告并重新报送', params: workReportIdParamsSchema, body: workReportContentSchema },
  }, async (request) => amendWorkReport({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/work-reports/:id/review', {
    schema: { tags, summary: '阅知或退回补充工作报告（社区）', params: workReportIdParamsSchema, body: reviewWorkReportBodySchema },
  }, async (request) => reviewWorkReport({ ctx: actorCtx(request), id: request.params.id, input: request.body }));
}
