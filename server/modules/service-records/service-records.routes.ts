import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendPdf } from '../../platform/http/pdf-reply';
import type { Db } from '../../platform/db/database';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { allDictionaries } from '../dictionaries/dictionary-cache';
import { confirmService } from './confirm-service';
import { reverseServiceRecord } from './reverse-service-record';
import { listServiceRecords } from './list-service-records';
import { serviceTotals } from './service-totals';
import { myServiceRecords } from './my-service-records';
import { issueServiceCertificate } from './issue-service-certificate';
import { serviceCertificatePdf } from './service-certificate-pdf';
import { verifyServiceCertificate } from './verify-service-certificate';
import { listCreditRecords } from './list-credit-records';
import { recordCredit } from './record-credit';
import { myCreditRecords } from './my-credit-records';
import { contestCreditRecord } from './contest-credit-record';
import { decideCreditRecord } from './decide-credit-record';
import {
  confirmServiceBodySchema, contestCreditBodySchema, decideCreditBodySchema, idParamsSchema, issueServiceCertificateBodySchema,
  listCreditRecordsQuerySchema, listServiceRecordsQuerySchema, pageQuerySchema, recordCreditBodySchema, reverseServiceRecordBodySchema,
  serviceTotalsQuerySchema, verifyServiceCertificateQuerySchema,
} from './service-records.schemas';

const tags = ['service records 服务记录与诚信记载'];
const groupZh = { volunteer: '志愿者', team: '队伍', station: '服务站', place: '服务地点', month: '月份' } as const;
const creditKindZh = { no_show: '爽约', late_cancel: '临时取消', complaint: '投诉', commendation: '表扬' } as const;
const creditStatusZh = { standing: '有效', contested: '申诉中', upheld: '申诉未采纳', withdrawn: '已撤销' } as const;

export async function serviceRecordsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post('/api/activities/:id/confirmations', {
    schema: { tags, summary: '确认服务时长（不指定报名则确认全部已签退的报名）', params: idParamsSchema, body: confirmServiceBodySchema },
  }, async (request) => confirmService({ ctx: actorCtx(request), activityId: request.params.id, input: request.body }));

  app.get('/api/service-records', {
    schema: { tags, summary: '服务记录（服务地点在管辖范围内）', querystring: listServiceRecordsQuerySchema },
  }, async (request, reply) => {
    const ctx = actorCtx(request);
    const result = await listServiceRecords({ ctx, input: request.query });
    if (request.query.format !== 'xlsx') return result;
    const serviceTypes = await serviceTypeLabels(ctx.db);
    return sendWorkbook(reply, '服务记录', {
      name: '服务记录',
      rows: result.items,
      columns: [
        { header: '服务日期', key: 'serviceDate', value: (r) => r.serviceDate },
        { header: '志愿者', key: 'volunteer', value: (r) => r.volunteerName },
        { header: '活动', key: 'activity', value: (r) => r.activityTitle },
        { header: '服务类型', key: 'serviceType', value: (r) => serviceTypes.get(r.serviceType) ?? r.serviceType },
        { header: '服务地点', key: 'place', value: (r) => r.placeName },
        { header: '服务站', key: 'station', value: (r) => r.stationName },
        { header: '队伍', key: 'team', value: (r) => r.teamName },
        { header: '组织', key: 'organization', value: (r) => r.organizationName },
        { header: '时长（小时）', key: 'hours', value: (r) => r.hours },
        { header: '类别', key: 'kind', value: (r) => (r.kind === 'reversal' ? '冲正' : r.reversalId ? '服务（已冲正）' : '服务') },
        { header: '更正原因', key: 'reason', value: (r) => r.reason },
        { header: '确认时间', key: 'createdAt', value: (r) => new Date(r.createdAt) },
      ],
    });
  });

  app.get('/api/service-records/totals', {
    schema: { tags, summary: '服务时长统计（按志愿者、队伍、服务站、地点或月份；已扣除冲正）', querystring: serviceTotalsQuerySchema },
  }, async (request, reply) => {
    const result = await serviceTotals({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    const rows = [...result.items, { key: null, label: '合计', ...result.summary }];
    return sendWorkbook(reply, `服务时长统计（按${groupZh[result.by]}）`, {
      name: '服务时长统计',
      rows,
      columns: [
        { header: groupZh[result.by], key: 'label', value: (r) => r.label ?? '（无）' },
        { header: '服务时长（小时）', key: 'hours', value: (r) => r.hours },
        { header: '服务记录数', key: 'records', value: (r) => r.records },
        { header: '志愿者人数', key: 'volunteers', value: (r) => r.volunteers },
      ],
    });
  });

  app.get('/api/service-records/mine', {
    schema: { tags, summary: '我的服务记录与累计时长', querystring: pageQuerySchema },
  }, async (request) => myServiceRecords({ ctx: actorCtx(request), input: request.query }));

  app.post('/api/service-records/:id/reversal', {
    schema: { tags, summary: '冲正服务记录（填写原因，可同时给出更正后的时长）', params: idParamsSchema, body: reverseServiceRecordBodySchema },
  }, async (request) => reverseServiceRecord({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/service-certificates', {
    schema: { tags, summary: '开具志愿服务记录证明（志愿者本人，或街道、社区为辖区志愿者开具）', body: issueServiceCertificateBodySchema },
  }, async (request) => issueServiceCertificate({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/service-certificates/:id/pdf', {
    schema: { tags, summary: '志愿服务记录证明 PDF', params: idParamsSchema },
  }, async (request, reply) => {
    const pdf = await serviceCertificatePdf({ ctx: actorCtx(request), id: request.params.id });
    return sendPdf(reply, `志愿服务记录证明-${pdf.number}`, pdf.content);
  });

  app.get('/api/public/service-certificates/verify', {
    config: { public: true },
    schema: { tags, summary: '志愿服务记录证明查验（二维码或证明编号）', security: [], querystring: verifyServiceCertificateQuerySchema },
  }, async (request) => verifyServiceCertificate(request.ctx.services, request.query));

  app.get('/api/credit-records', {
    schema: { tags, summary: '诚信记载（常住社区在管辖范围内的志愿者）', querystring: listCreditRecordsQuerySchema },
  }, async (request, reply) => {
    const result = await listCreditRecords({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '诚信记载', {
      name: '诚信记载',
      rows: result.items,
      columns: [
        { header: '记录时间', key: 'createdAt', value: (r) => new Date(r.createdAt) },
        { header: '志愿者', key: 'volunteer', value: (r) => r.volunteerName },
        { header: '常住社区', key: 'place', value: (r) => r.placeName },
        { header: '类别', key: 'kind', value: (r) => creditKindZh[r.kind] },
        { header: '活动', key: 'activity', value: (r) => r.activityTitle },
        { header: '事由', key: 'reason', value: (r) => r.reason },
        { header: '状态', key: 'status', value: (r) => creditStatusZh[r.status] },
        { header: '申诉理由', key: 'contestReason', value: (r) => r.contestReason },
        { header: '处理意见', key: 'decisionNote', value: (r) => r.decisionNote },
      ],
    });
  });

  app.post('/api/credit-records', {
    schema: { tags, summary: '记录投诉或表扬', body: recordCreditBodySchema },
  }, async (request) => recordCredit({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/credit-records/mine', {
    schema: { tags, summary: '我的诚信记载与报名限制' },
  }, async (request) => myCreditRecords({ ctx: actorCtx(request) }));

  app.post('/api/credit-records/:id/contest', {
    schema: { tags, summary: '对本人的诚信记载提出申诉', params: idParamsSchema, body: contestCreditBodySchema },
  }, async (request) => contestCreditRecord({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/credit-records/:id/decision', {
    schema: { tags, summary: '处理申诉（维持或撤销记录）', params: idParamsSchema, body: decideCreditBodySchema },
  }, async (request) => decideCreditRecord({ ctx: actorCtx(request), id: request.params.id, input: request.body }));
}

/** 服务类型 labels (an editable dictionary), for the Excel export. */
async function serviceTypeLabels(db: Db) {
  const entries = (await allDictionaries(db)).find((d) => d.type === 'service_type')?.entries ?? [];
  return new Map(entries.map((e) => [e.code, e.labelZh]));
}
