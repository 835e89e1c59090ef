import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { withdrawHours } from './withdraw-hours';
import { transferHours } from './transfer-hours';
import { donateHours } from './donate-hours';
import { getOwnTimeBank } from './get-own-time-bank';
import { listTimeBankAccounts } from './list-time-bank-accounts';
import { getTimeBankAccount } from './get-time-bank-account';
import { getJurisdictionSettings } from './get-jurisdiction-settings';
import { setJurisdictionSetting } from './set-jurisdiction-setting';
import { getLatestLedgerCheck } from './get-latest-ledger-check';
import { idempotentReply } from '../../platform/http/idempotent-reply';
import {
  donateBodySchema, historyQuerySchema, jurisdictionSettingBodySchema, jurisdictionSettingParamsSchema, jurisdictionSettingsQuerySchema,
  listAccountsQuerySchema, transferBodySchema, volunteerIdParamsSchema, withdrawBodySchema,
} from './time-bank.schemas';

const tags = ['time bank 时间银行'];
const retryNote = '请求带 idempotencyKey（8–100 个字符，表单打开时生成）：同一编号重发时原样返回第一次的结果（响应头 idempotent-replayed: true），不会重复记账；同一编号用于不同请求时返回 409。';

export async function timeBankRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/time-bank/mine', {
    schema: { tags, summary: '我的时间银行：时间与积分余额、累计存入与上限、可兑换年龄、可转赠的亲属关系、收支明细', querystring: historyQuerySchema },
  }, async (request) => getOwnTimeBank({ ctx: actorCtx(request), input: request.query }));

  app.post('/api/time-bank/withdrawals', {
    schema: {
      tags, body: withdrawBodySchema,
      summary: '兑换服务：志愿者用存入的时间兑换自己接受的服务（达到可兑换年龄后）',
      description: `时间只能兑换服务，不能兑换现金，也没有提现接口。${retryNote}`,
    },
  }, async (request, reply) => idempotentReply(reply, await withdrawHours({ ctx: actorCtx(request), input: request.body })));

  app.post('/api/time-bank/transfers', {
    schema: { tags, body: transferBodySchema, summary: '转赠亲属：转给已注册为志愿者的亲属（身份证号与姓名须相符，亲属关系按本地规定）', description: retryNote },
  }, async (request, reply) => idempotentReply(reply, await transferHours({ ctx: actorCtx(request), input: request.body })));

  app.post('/api/time-bank/donations', {
    schema: { tags, body: donateBodySchema, summary: '爱心捐赠：捐入本区时间银行捐赠池，或捐给困难老人（已注册志愿者，达到可兑换年龄）', description: retryNote },
  }, async (request, reply) => idempotentReply(reply, await donateHours({ ctx: actorCtx(request), input: request.body })));

  app.get('/api/time-bank/accounts', {
    schema: { tags, summary: '时间银行账户（管辖范围内的志愿者）', querystring: listAccountsQuerySchema },
  }, async (request, reply) => {
    const result = await listTimeBankAccounts({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '时间银行账户', {
      name: '时间银行账户',
      rows: result.items,
      columns: [
        { header: '志愿者', key: 'name', value: (a) => a.name },
        { header: '所在社区', key: 'place', value: (a) => a.placeName },
        { header: '时间余额（小时）', key: 'hours', value: (a) => a.balance.hours },
        { header: '时间余额（分钟）', key: 'minutes', value: (a) => a.balance.minutes },
        { header: '积分余额', key: 'points', value: (a) => a.points },
        { header: '累计存入（小时）', key: 'lifetime', value: (a) => a.lifetimeDeposited.hours },
      ],
    });
  });

  app.get('/api/time-bank/accounts/:volunteerId', {
    schema: { tags, summary: '志愿者的时间银行账户与收支明细', params: volunteerIdParamsSchema, querystring: historyQuerySchema },
  }, async (request) => getTimeBankAccount({ ctx: actorCtx(request), volunteerId: request.params.volunteerId, input: request.query }));

  app.get('/api/jurisdiction-settings', {
    schema: { tags, summary: '时间银行与积分规则：某一区划生效的值、来源（默认、平台设置或上级区划）与本级设置', querystring: jurisdictionSettingsQuerySchema },
  }, async (request) => getJurisdictionSettings({ ctx: actorCtx(request), input: request.query }));

  app.put('/api/jurisdiction-settings/:code/:key', {
    schema: { tags, summary: '设置（或以 null 清除）某一区划的时间银行与积分规则', params: jurisdictionSettingParamsSchema, body: jurisdictionSettingBodySchema },
  }, async (request) => setJurisdictionSetting({ ctx: actorCtx(request), code: request.params.code, key: request.params.key, input: request.body }));

  app.get('/api/ledger-checks/latest', {
    schema: { tags, summary: '最近一次账本核对（每日定时任务 ledger.check）' },
  }, async (request) => getLatestLedgerCheck({ ctx: actorCtx(request) }));
}
