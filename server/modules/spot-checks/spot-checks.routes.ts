import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { sendPdf } from '../../platform/http/pdf-reply';
import { createSpotCheckDraw } from './create-spot-check-draw';
import { getSpotCheckDraw } from './get-spot-check-draw';
import { listSpotCheckDraws } from './list-spot-check-draws';
import { listSpotChecks } from './list-spot-checks';
import { listUncheckedOrganizations } from './list-unchecked-organizations';
import { recordSpotCheck } from './record-spot-check';
import { issueSupervisionNotice } from './issue-supervision-notice';
import { listSupervisionNotices } from './list-supervision-notices';
import { getSupervisionNotice } from './get-supervision-notice';
import { supervisionNoticePdf } from './notice-pdf';
import { reportRectification } from './report-rectification';
import { reviewRectification } from './review-rectification';
import { conclusionZh, noticeTitleZh } from './papers';
import {
  coverageQuerySchema, createDrawBodySchema, idParamsSchema, issueNoticeBodySchema, listChecksQuerySchema, listDrawsQuerySchema,
  listNoticesQuerySchema, recordCheckBodySchema, reportRectificationBodySchema, reviewRectificationBodySchema,
} from './spot-checks.schemas';

const tags = ['spot checks 双随机抽查与整改'];
const noticeStateZh = { issued: '已发出', open: '整改中', fixed: '已整改', overdue: '逾期未整改' } as const;
const classZh = { filed: '备案', registered: '依法登记', guided: '社区指导' } as const;

export async function spotChecksRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/spot-check-draws', {
    schema: { tags, summary: '抽查任务（管辖范围内）', querystring: listDrawsQuerySchema },
  }, async (request) => listSpotCheckDraws({ ctx: actorCtx(request), input: request.query }));

  app.post('/api/spot-check-draws', {
    schema: { tags, summary: '双随机抽取（组织与检查人员）', body: createDrawBodySchema },
  }, async (request) => createSpotCheckDraw({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/spot-check-draws/:id', {
    schema: { tags, summary: '抽查任务详情（抽中的组织、检查人员、复核结果）', params: idParamsSchema },
  }, async (request) => getSpotCheckDraw({ ctx: actorCtx(request), id: request.params.id }));

  app.get('/api/spot-checks', {
    schema: { tags, summary: '抽查（管辖范围内的组织）', querystring: listChecksQuerySchema },
  }, async (request, reply) => {
    const result = await listSpotChecks({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '抽查结果', {
      name: '抽查结果',
      rows: result.items,
      columns: [
        { header: '组织名称', key: 'name', value: (c) => c.organizationName },
        { header: '街道/乡镇', key: 'street', value: (c) => c.streetName },
        { header: '社区/村', key: 'place', value: (c) => c.placeName },
        { header: '检查人员', key: 'inspectors', value: (c) => c.inspectors.map((i) => i.name).join('、') },
        { header: '检查日期', key: 'checkedOn', value: (c) => c.checkedOn },
        { header: '结论', key: 'conclusion', value: (c) => (c.conclusion ? conclusionZh[c.conclusion] : '待检查') },
        { header: '检查情况', key: 'findings', value: (c) => c.findings },
      ],
    });
  });

  app.get('/api/spot-checks/coverage', {
    schema: { tags, summary: '本年度尚未抽查的组织', querystring: coverageQuerySchema },
  }, async (request, reply) => {
    const result = await listUncheckedOrganizations({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, `${result.year}年度未抽查组织`, {
      name: '未抽查组织',
      rows: result.items,
      columns: [
        { header: '组织名称', key: 'name', value: (o) => o.name },
        { header: '类别', key: 'class', value: (o) => classZh[o.orgClass] },
        { header: '街道/乡镇', key: 'street', value: (o) => o.streetName },
        { header: '社区/村', key: 'place', value: (o) => o.placeName },
      ],
    });
  });

  app.post('/api/spot-checks/:id/record', {
    schema: { tags, summary: '记录抽查结果', params: idParamsSchema, body: recordCheckBodySchema },
  }, async (request) => recordSpotCheck({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.get('/api/supervision-notices', {
    schema: { tags, summary: '责令改正通知书、工作提醒函、约谈记录', querystring: listNoticesQuerySchema },
  }, async (request, reply) => {
    const result = await listSupervisionNotices({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '整改与约谈', {
      name: '整改与约谈',
      rows: result.items,
      columns: [
        { header: '文号', key: 'number', value: (n) => n.number },
        { header: '文书', key: 'kind', value: (n) => noticeTitleZh[n.kind] },
        { header: '组织名称', key: 'name', value: (n) => n.organizationName },
        { header: '发出单位', key: 'issuer', value: (n) => n.issuerName },
        { header: '发出时间', key: 'issuedAt', value: (n) => new Date(n.issuedAt) },
        { header: '整改期限', key: 'deadline', value: (n) => n.deadline },
        { header: '状态', key: 'state', value: (n) => noticeStateZh[n.state] },
        { header: '存在问题', key: 'problems', value: (n) => n.problems },
      ],
    });
  });

  app.post('/api/supervision-notices', {
    schema: { tags, summary: '发出责令改正通知书、工作提醒函或约谈记录', body: issueNoticeBodySchema },
  }, async (request) => issueSupervisionNotice({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/supervision-notices/:id', {
    schema: { tags, summary: '文书详情', params: idParamsSchema },
  }, async (request) => getSupervisionNotice({ ctx: actorCtx(request), id: request.params.id }));

  app.get('/api/supervision-notices/:id/notice.pdf', {
    schema: { tags, summary: '文书（PDF）', params: idParamsSchema },
  }, async (request, reply) => {
    const { name, pdf } = await supervisionNoticePdf({ ctx: actorCtx(request), id: request.params.id });
    return sendPdf(reply, name, pdf);
  });

  app.post('/api/supervision-notices/:id/report', {
    schema: { tags, summary: '报告整改情况（组织负责人）', params: idParamsSchema, body: reportRectificationBodySchema },
  }, async (request) => reportRectification({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/supervision-notices/:id/review', {
    schema: { tags, summary: '验收整改（通过或退回）', params: idParamsSchema, body: reviewRectificationBodySchema },
  }, async (request) => reviewRectification({ ctx: actorCtx(request), id: request.params.id, input: request.body }));
}
