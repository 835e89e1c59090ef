import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook, sendXlsx } from '../../platform/http/excel-reply';
import { organizationIdParamsSchema } from '../organizations/organizations.schemas';
import { designateHub } from './designate-hub';
import { listHubOrganizations } from './list-hub-organizations';
import { listHubLedgers } from './list-hub-ledgers';
import { generateHubLedger } from './generate-hub-ledger';
import { getHubLedger } from './get-hub-ledger';
import { saveHubLedgerRemarks } from './save-hub-ledger-remarks';
import { takeHubLedgerAction } from './take-hub-ledger-action';
import { exportHubLedger } from './export-hub-ledger';
import {
  designateHubBodySchema, generateHubLedgerBodySchema, hubLedgerIdParamsSchema, hubLedgerRemarksBodySchema,
  hubLedgerTransitionBodySchema, listHubLedgersQuerySchema, listHubOrganizationsQuerySchema,
} from './hub-ledgers.schemas';

const tags = ['hub ledgers 枢纽型社会组织与工作台账'];

export async function hubLedgersRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.put('/api/organizations/:id/hub', {
    schema: { tags, summary: '设定或取消枢纽型社会组织（民政局）', params: organizationIdParamsSchema, body: designateHubBodySchema },
  }, async (request) => designateHub({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.get('/api/hub-organizations', {
    schema: { tags, summary: '枢纽型社会组织及其服务的街道', querystring: listHubOrganizationsQuerySchema },
  }, async (request, reply) => {
    const result = await listHubOrganizations({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '枢纽型社会组织', {
      name: '枢纽型社会组织',
      rows: result.items,
      columns: [
        { header: '组织名称', key: 'name', value: (o) => o.name },
        { header: '所在社区', key: 'place', value: (o) => o.placeName },
        { header: '服务街道', key: 'street', value: (o) => o.hubStreetName },
        { header: '街道代码', key: 'streetCode', value: (o) => o.hubStreetCode },
      ],
    });
  });

  app.get('/api/hub-ledgers', {
    schema: { tags, summary: '工作台账列表（枢纽组织：本组织；民政局：本区县）', querystring: listHubLedgersQuerySchema },
  }, async (request, reply) => {
    const result = await listHubLedgers({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '社区社会组织工作台账报送情况', {
      name: '工作台账',
      rows: result.items,
      columns: [
        { header: '期间', key: 'period', value: (l) => l.periodLabel },
        { header: '街道', key: 'street', value: (l) => l.streetName },
        { header: '枢纽型社会组织', key: 'hub', value: (l) => l.hubName },
        { header: '状态', key: 'state', value: (l) => (l.generated ? l.stateLabel.zh : '未生成') },
        { header: '报送截止', key: 'dueOn', value: (l) => l.dueOn },
        { header: '逾期', key: 'overdue', value: (l) => (l.overdue ? '是' : '否') },
        { header: '生成时间', key: 'generatedAt', value: (l) => (l.generatedAt ? new Date(l.generatedAt) : null) },
        { header: '报送时间', key: 'submittedAt', value: (l) => (l.submittedAt ? new Date(l.submittedAt) : null) },
      ],
    });
  });

  app.post('/api/hub-ledgers', {
    schema: { tags, summary: '生成（或重新生成）本组织某半年的工作台账', body: generateHubLedgerBodySchema },
  }, async (request) => generateHubLedger({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/hub-ledgers/:id', {
    schema: { tags, summary: '工作台账详情（统计数据、备注、可执行的操作）', params: hubLedgerIdParamsSchema },
  }, async (request) => getHubLedger({ ctx: actorCtx(request), id: request.params.id }));

  app.put('/api/hub-ledgers/:id/remarks', {
    schema: { tags, summary: '填写工作台账备注', params: hubLedgerIdParamsSchema, body: hubLedgerRemarksBodySchema },
  }, async (request) => saveHubLedgerRemarks({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/hub-ledgers/:id/transitions', {
    schema: { tags, summary: '报送、接收或退回工作台账', params: hubLedgerIdParamsSchema, body: hubLedgerTransitionBodySchema },
  }, async (request) => takeHubLedgerAction({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.get('/api/hub-ledgers/:id/ledger.xlsx', {
    schema: { tags, summary: '导出工作台账（固定格式 Excel）', params: hubLedgerIdParamsSchema },
  }, async (request, reply) => {
    const { fileName, buffer } = await exportHubLedger({ ctx: actorCtx(request), id: request.params.id });
    return sendXlsx(reply, fileName, buffer);
  });
}
