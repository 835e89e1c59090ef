import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { listResponseSchema } from '../../platform/http/list';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { listAuditLogs } from './list-audit-logs';
import { listLoginEvents } from './list-login-events';
import { verifyAuditChainAction } from './verify-audit-chain';
import {
  auditRowSchema, chainVerificationSchema, listAuditQuerySchema, listLoginLogQuerySchema, loginEventSchema,
} from './audit.schemas';

const tags = ['audit 审计'];
const outcomeZh: Record<string, string> = {
  success: '成功', denied: '拒绝', failed: '失败', ok: '成功', bad_credentials: '密码错误', locked: '已锁定', disabled: '账号停用',
};
const shanghaiTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

export async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/audit-logs', {
    schema: { tags, summary: '审计日志', querystring: listAuditQuerySchema, response: { 200: listResponseSchema(auditRowSchema) } },
  }, async (request, reply) => {
    const result = await listAuditLogs({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '审计日志', {
      name: '审计日志',
      rows: result.items,
      columns: [
        { header: '时间', key: 'at', width: 20, value: (r) => shanghaiTime(r.at) },
        { header: '操作人', key: 'actor', value: (r) => r.actorUsername },
        { header: '角色', key: 'role', value: (r) => r.actorRole },
        { header: '所在区划', key: 'jurisdiction', value: (r) => r.jurisdictionCode },
        { header: '操作', key: 'action', width: 24, value: (r) => r.action },
        { header: '对象', key: 'target', value: (r) => [r.targetType, r.targetId].filter(Boolean).join(':') },
        { header: '结果', key: 'outcome', value: (r) => outcomeZh[r.outcome] ?? r.outcome },
        { header: '来源地址', key: 'source', value: (r) => r.sourceAddress },
        { header: '区县链', key: 'district', value: (r) => r.districtCode },
        { header: '序号', key: 'seq', value: (r) => r.seq ?? '待封存' },
      ],
    });
  });

  app.post('/api/audit-logs/verify', {
    schema: { tags, summary: '校验审计哈希链', response: { 200: chainVerificationSchema } },
  }, async (request) => verifyAuditChainAction({ ctx: actorCtx(request) }));

  app.get('/api/login-logs', {
    schema: { tags, summary: '登录日志', querystring: listLoginLogQuerySchema, response: { 200: listResponseSchema(loginEventSchema) } },
  }, async (request, reply) => {
    const result = await listLoginEvents({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '登录日志', {
      name: '登录日志',
      rows: result.items,
      columns: [
        { header: '时间', key: 'at', width: 20, value: (r) => shanghaiTime(r.at) },
        { header: '用户名', key: 'username', value: (r) => r.username },
        { header: '所在区划', key: 'jurisdiction', value: (r) => r.jurisdictionCode },
        { header: '结果', key: 'outcome', value: (r) => outcomeZh[r.outcome] ?? r.outcome },
        { header: '来源地址', key: 'source', value: (r) => r.sourceAddress },
        { header: '浏览器', key: 'agent', width: 40, value: (r) => r.userAgent },
      ],
    });
  });
}
