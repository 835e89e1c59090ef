import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { listAnnualReports } from './list-annual-reports';
import { listMissingAnnualReports } from './list-missing-annual-reports';
import { getAnnualReport } from './get-annual-report';
import { getAnnualReportForm } from './get-annual-report-form';
import { saveAnnualReport } from './save-annual-report';
import { takeAnnualReportAction } from './take-annual-report-action';
import {
  annualReportIdParamsSchema, annualReportParamsSchema, annualReportTransitionBodySchema, listAnnualReportsQuerySchema,
  listMissingAnnualReportsQuerySchema, saveAnnualReportBodySchema,
} from './annual-reports.schemas';

const tags = ['annual reports 年报'];
const classZh = { filed: '备案', registered: '依法登记', guided: '社区指导' } as const;
const yuan = (fen: number) => fen / 100;

export async function annualReportsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/annual-reports', {
    schema: { tags, summary: '年报（管辖范围内；todo=true 为待我审查）', querystring: listAnnualReportsQuerySchema },
  }, async (request, reply) => {
    const result = await listAnnualReports({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '年报', {
      name: '年报',
      rows: result.items,
      columns: [
        { header: '组织名称', key: 'name', value: (r) => r.organizationName },
        { header: '类型', key: 'class', value: (r) => classZh[r.orgClass] },
        { header: '社区/村', key: 'place', value: (r) => r.placeName },
        { header: '年度', key: 'year', value: (r) => r.year },
        { header: '状态', key: 'state', value: (r) => r.stateLabel.zh },
        { header: '报送时间', key: 'submittedAt', value: (r) => (r.submittedAt ? new Date(r.submittedAt) : null) },
        { header: '逾期报送', key: 'late', value: (r) => (r.late ? '是' : '否') },
        { header: '活动次数', key: 'activities', value: (r) => r.content.activities.count },
        { header: '参与人次', key: 'participants', value: (r) => r.content.activities.participants },
        { header: '收入（元）', key: 'income', value: (r) => yuan(r.content.finances.incomeFen) },
        { header: '支出（元）', key: 'expense', value: (r) => yuan(r.content.finances.expenseFen) },
        { header: '成员数', key: 'members', value: (r) => r.content.members.count },
        { header: '审查意见', key: 'note', value: (r) => r.reviewNote },
      ],
    });
  });

  app.get('/api/annual-reports/missing', {
    schema: { tags, summary: '未报年报的组织（默认上一年度）', querystring: listMissingAnnualReportsQuerySchema },
  }, async (request, reply) => {
    const result = await listMissingAnnualReports({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, `${result.year}年度未报年报组织`, {
      name: '未报年报',
      rows: result.items,
      columns: [
        { header: '组织名称', key: 'name', value: (r) => r.organizationName },
        { header: '类型', key: 'class', value: (r) => classZh[r.orgClass] },
        { header: '街道/乡镇', key: 'street', value: (r) => r.streetName },
        { header: '社区/村', key: 'place', value: (r) => r.placeName },
        { header: '年度', key: 'year', value: (r) => r.year },
        { header: '截止日期', key: 'dueOn', value: (r) => r.dueOn },
        { header: '是否逾期', key: 'overdue', value: (r) => (r.overdue ? '已逾期' : '未到期') },
      ],
    });
  });

  app.get('/api/annual-reports/:id', {
    schema: { tags, summary: '年报详情', params: annualReportIdParamsSchema },
  }, async (request) => getAnnualReport({ ctx: actorCtx(request), id: request.params.id }));

  app.post('/api/annual-reports/:id/transitions', {
    schema: { tags, summary: '报送、审查通过或退回修改', params: annualReportIdParamsSchema, body: annualReportTransitionBodySchema },
  }, async (request) => takeAnnualReportAction({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.get('/api/organizations/:organizationId/annual-reports/:year', {
    schema: { tags, summary: '某年度年报（未开始时给出按已有数据预填的内容）', params: annualReportParamsSchema },
  }, async (request) => getAnnualReportForm({ ctx: actorCtx(request), ...request.params }));

  app.put('/api/organizations/:organizationId/annual-reports/:year', {
    schema: { tags, summary: '填写或修改某年度年报（草稿或退回后）', params: annualReportParamsSchema, body: saveAnnualReportBodySchema },
  }, async (request) => saveAnnualReport({ ctx: actorCtx(request), ...request.params, input: request.body }));
}
